import { AshbyClient } from './ashby/ashby.client';
import { CareersPageClient } from './careers-page/careers-page.client';
import { GreenhouseClient } from './greenhouse/greenhouse.client';
import type { JobBoardClient } from './job-board-client';
import { LeverClient } from './lever/lever.client';
import { RecruiteeClient } from './recruitee/recruitee.client';
import { SmartRecruitersClient } from './smartrecruiters/smartrecruiters.client';
import { WorkableClient } from './workable/workable.client';
import { WorkdayClient } from './workday/workday.client';
import { PersonioClient } from './personio/personio.client';
import { TeamtailorClient } from './teamtailor/teamtailor.client';
import { BambooHrClient } from './bamboohr/bamboohr.client';
import { ZohoRecruitClient } from './zohorecruit/zohorecruit.client';
import { KekaClient } from './keka/keka.client';
import { RipplingClient } from './rippling/rippling.client';
import { OracleClient } from './oracle/oracle.client';
import { SuccessFactorsClient } from './successfactors/successfactors.client';
import { GemClient } from './gem/gem.client';

/** Every ATS with a public job-board API this build reads; add a new one here (one class and folder each). */
export const API_BOARD_CLIENT_CLASSES = [
  GreenhouseClient,
  LeverClient,
  AshbyClient,
  WorkdayClient,
  SmartRecruitersClient,
  WorkableClient,
  RecruiteeClient,
  PersonioClient,
  TeamtailorClient,
  BambooHrClient,
  ZohoRecruitClient,
  KekaClient,
  RipplingClient,
  OracleClient,
  SuccessFactorsClient,
  GemClient,
] as const;

/** Every client, in detection order: the careers page matches any web URL no board claimed, so it stays last. */
export const JOB_BOARD_CLIENT_CLASSES = [...API_BOARD_CLIENT_CLASSES, CareersPageClient] as const;

/**
 * One set of clients outside Nest (benches, tests, detection), wired like JobBoardsModule: the
 * careers page gets these same API client instances, so every path to a board shares its limits.
 */
export function defaultJobBoardClients(): JobBoardClient[] {
  const api: JobBoardClient[] = API_BOARD_CLIENT_CLASSES.map((C) => new C());
  return [...api, CareersPageClient.create(api)];
}
