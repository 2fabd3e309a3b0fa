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

/** Picks a company's ATS and board from its careers URL; explicit ats/board win. */
export function detectBoard(
  careersUrl: string,
  override: BoardOverride = {},
  clients: readonly JobBoardClient[] = defaultJobBoardClients(),
): DetectedBoard | null {
  const board = override.board?.trim();
  if (override.ats && board) return { ats: override.ats, board };
  const url = parseWebUrl(careersUrl);
  if (!url) return null;
  for (const client of clients) {
    if (override.ats && client.ats !== override.ats) continue;
    const found = client.detect(url);
    if (found) return { ats: client.ats, board: board || found.board };
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
