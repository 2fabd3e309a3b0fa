import { Module } from '@nestjs/common';
import type { Provider } from '@nestjs/common';
import { BoardHttpFactory } from './board-http.provider';
import { JOB_BOARD_CLIENTS } from './job-board-client';
import type { JobBoardClient } from './job-board-client';
import { JOB_BOARD_CLIENT_CLASSES } from './job-board-clients';
import { JobBoardRegistry } from './job-board.registry';

const CLIENT_CLASSES = [...JOB_BOARD_CLIENT_CLASSES];

const clientsProvider: Provider = {
  provide: JOB_BOARD_CLIENTS,
  useFactory: (...clients: JobBoardClient[]) => clients,
  inject: CLIENT_CLASSES,
};

/** Job-board clients, their registry and the per-run HTTP factory. Needs APP_CONFIG from a global config module. */
@Module({
  providers: [...CLIENT_CLASSES, clientsProvider, JobBoardRegistry, BoardHttpFactory],
  exports: [JOB_BOARD_CLIENTS, JobBoardRegistry, BoardHttpFactory],
})
export class JobBoardsModule {}
