import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { stopTracing } from '@job-hunter/telemetry';

/** Sends the spans still batched when the API shuts down (SIGTERM from Kubernetes); a no-op with tracing off. */
@Injectable()
export class TracingFlush implements OnApplicationShutdown {
  onApplicationShutdown(): Promise<void> {
    return stopTracing();
  }
}
