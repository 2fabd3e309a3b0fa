import { Inject, Injectable } from '@nestjs/common';
import type { AtsKind } from '@job-hunter/domain';
import { JobHunterError } from '@job-hunter/domain';
import { JOB_BOARD_CLIENTS } from './job-board-client';
import type { JobBoardClient } from './job-board-client';
import { defaultJobBoardClients } from './job-board-clients';
import { parseWebUrl } from './shared/url';

export interface DetectedBoard {
  ats: AtsKind;
  board: string;
}

export interface BoardOverride {
  ats?: AtsKind;
  board?: string;
}

/** What detection uses of a client: its ATS and its URL matcher, nothing that fetches. */
export type BoardDetector = Pick<JobBoardClient, 'ats' | 'detect'>;

let builtDetectors: readonly BoardDetector[] | undefined;

/** For callers with no registry (e.g. company lists): one set, built once, used only to match URLs. */
function standaloneDetectors(): readonly BoardDetector[] {
  return (builtDetectors ??= defaultJobBoardClients());
}

/** Picks a company's ATS and board from its careers URL; explicit ats/board win. */
export function detectBoard(
  careersUrl: string,
  override: BoardOverride = {},
  detectors: readonly BoardDetector[] = standaloneDetectors(),
): DetectedBoard | null {
  const board = override.board?.trim();
  if (override.ats && board) return { ats: override.ats, board };
  const url = parseWebUrl(careersUrl);
  if (!url) return null;
  for (const detector of detectors) {
    if (override.ats && detector.ats !== override.ats) continue;
    const found = detector.detect(url);
    if (found) return { ats: detector.ats, board: board || found.board };
  }
  return null;
}

/** Every registered JobBoardClient, by ATS. */
@Injectable()
export class JobBoardRegistry {
  private readonly byAts: Map<AtsKind, JobBoardClient>;

  constructor(@Inject(JOB_BOARD_CLIENTS) private readonly clients: JobBoardClient[]) {
    this.byAts = new Map(clients.map((c) => [c.ats, c]));
  }

  get kinds(): AtsKind[] {
    return [...this.byAts.keys()];
  }

  get(ats: AtsKind): JobBoardClient | undefined {
    return this.byAts.get(ats);
  }

  require(ats: AtsKind): JobBoardClient {
    const client = this.byAts.get(ats);
    if (!client) {
      throw new JobHunterError(
        'BOARD_UNSUPPORTED',
        `The ${ats} job board is not supported yet (supported: ${this.kinds.join(', ')}); remove the company or give a careers URL on a supported board.`,
      );
    }
    return client;
  }

  detect(careersUrl: string, override?: BoardOverride): DetectedBoard | null {
    return detectBoard(careersUrl, override, this.clients);
  }
}
