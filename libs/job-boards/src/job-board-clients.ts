import { AshbyClient } from './ashby/ashby.client';
import { CareersPageClient } from './careers-page/careers-page.client';
import { GreenhouseClient } from './greenhouse/greenhouse.client';
import type { JobBoardClient } from './job-board-client';
import { LeverClient } from './lever/lever.client';
import { RecruiteeClient } from './recruitee/recruitee.client';
import { SmartRecruitersClient } from './smartrecruiters/smartrecruiters.client';
import { WorkableClient } from './workable/workable.client';
import { WorkdayClient } from './workday/workday.client';

/** Every ATS this build reads; add a new one here (one class and folder each). */
export const JOB_BOARD_CLIENT_CLASSES = [
  GreenhouseClient,
  LeverClient,
  AshbyClient,
  WorkdayClient,
  SmartRecruitersClient,
  WorkableClient,
  RecruiteeClient,
  // Matches any web URL no board above claimed, so it stays last.
  CareersPageClient,
] as const;

/** Stateless instances, for detection outside Nest. */
export function defaultJobBoardClients(): JobBoardClient[] {
  return JOB_BOARD_CLIENT_CLASSES.map((C) => new C());
}
