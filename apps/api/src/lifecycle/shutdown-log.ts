import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';

/** Says why the API stops: after this line it takes no new connections and lets open requests end. */
@Injectable()
export class ShutdownLog implements BeforeApplicationShutdown {
  beforeApplicationShutdown(signal?: string): void {
    if (signal) new Logger('Api').log(`${signal}: stopping, after the requests under way`);
  }
}
