import { AshbyClient } from './ashby/ashby.client';
import { GreenhouseClient } from './greenhouse/greenhouse.client';
import type { JobBoardClient } from './job-board-client';
import { LeverClient } from './lever/lever.client';

/** Every ATS this build reads; add a new one here (one class and folder each). */
export const JOB_BOARD_CLIENT_CLASSES = [GreenhouseClient, LeverClient, AshbyClient] as const;

/** Stateless instances, for detection outside Nest. */
export function defaultJobBoardClients(): JobBoardClient[] {
  return JOB_BOARD_CLIENT_CLASSES.map((C) => new C());
}
