import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import { temporalClientInterceptors } from '@job-hunter/telemetry';
import { AVAILABILITY_DEADLINE_MS, isTemporalAvailable } from './temporal-availability';
import { CONNECT_TIMEOUT_MS, openConnection } from './temporal-connection.factory';
import type { JobHuntWorkflows } from './job-hunt-workflows.client';
import type { SearchSchedules } from './search-schedules';

/**
 * Opens client connections on demand; nothing connects at boot, so the API and the CLI
 * start whether or not Temporal is up.
 */
@Injectable()
export class TemporalClientFactory {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get address(): string {
    return this.config.temporal.address;
  }

  /** A connected client for job-hunt workflows; throws TemporalConnectionError. The caller closes it. */
  async open(deadlineMs: number = CONNECT_TIMEOUT_MS): Promise<JobHuntWorkflows> {
    // Loaded on the first open, not at boot (they pull in @temporalio/client and @temporalio/workflow);
    // before connecting, so nothing can fail between opening the connection and handing it over.
    const [{ Client }, { TemporalJobHuntWorkflows }] = await Promise.all([
      import('@temporalio/client'),
      import('./job-hunt-workflows.client'),
    ]);
    const connection = await openConnection(this.config.temporal, deadlineMs);
    // With tracing on, the start call's span (a child of the run span) travels to the workflow in its headers.
    const interceptors = { workflow: await temporalClientInterceptors() };
    const client = new Client({ connection, namespace: this.config.temporal.namespace, interceptors });
    return new TemporalJobHuntWorkflows(client, connection);
  }

  /** A connected client for saved searches' schedules; throws TemporalConnectionError. The caller closes it. */
  async openSchedules(deadlineMs: number = CONNECT_TIMEOUT_MS): Promise<SearchSchedules> {
    const [{ Client }, { TemporalSearchSchedules }] = await Promise.all([
      import('@temporalio/client'),
      import('./search-schedules.client'),
    ]);
    const connection = await openConnection(this.config.temporal, deadlineMs);
    const client = new Client({ connection, namespace: this.config.temporal.namespace });
    return new TemporalSearchSchedules(client, connection, this.config.temporal);
  }

  isAvailable(deadlineMs: number = AVAILABILITY_DEADLINE_MS): Promise<boolean> {
    return isTemporalAvailable(this.config.temporal, deadlineMs);
  }
}
