// A worker process with nothing faked (config, database, Temporal and a replayed market all from
// the environment the test passes), for int tests that kill workers. Run with
//   node -r tools/bench/register.cjs plain-worker.child.ts
// Prints "ready" once every queue polls; SIGTERM stops it.
import { Module } from '@nestjs/common';
import { serveWorkerChild } from './worker-child';

@Module({})
class NoFakes {}

serveWorkerChild('plain worker', NoFakes, ['all']);
