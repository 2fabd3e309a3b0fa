import { Module } from '@nestjs/common';
import type { Provider } from '@nestjs/common';
import { BoardHttpFactory } from './board-http.provider';
import { API_BOARD_CLIENTS, JOB_BOARD_CLIENTS } from './job-board-client';
import type { JobBoardClient } from './job-board-client';
import { API_BOARD_CLIENT_CLASSES, JOB_BOARD_CLIENT_CLASSES } from './job-board-clients';
import { JobBoardRegistry } from './job-board.registry';

const CLIENT_CLASSES = [...JOB_BOARD_CLIENT_CLASSES];

/** A token whose value is the (singleton) instances of `classes`, in order. */
function listOf(token: symbol, classes: ReadonlyArray<new (...args: never[]) => JobBoardClient>): Provider {
  return { provide: token, useFactory: (...clients: JobBoardClient[]) => clients, inject: [...classes] };
}

/**
 * Job-board clients, their registry and the per-run HTTP factory. Each client is one instance,
 * shared by the registry and the careers page (API_BOARD_CLIENTS), so per-host and per-tenant
 * limits hold whichever path reaches a board. Needs APP_CONFIG from a global config module.
 */
@Module({
  providers: [
    ...CLIENT_CLASSES,
    listOf(API_BOARD_CLIENTS, API_BOARD_CLIENT_CLASSES),
    listOf(JOB_BOARD_CLIENTS, CLIENT_CLASSES),
    JobBoardRegistry,
    BoardHttpFactory,
  ],
  exports: [JOB_BOARD_CLIENTS, JobBoardRegistry, BoardHttpFactory],
})
export class JobBoardsModule {}
