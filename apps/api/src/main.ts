import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { configFromProcess, type AppConfig } from '@job-hunter/config';
import { errorMessage } from '@job-hunter/domain';
import { startTracing } from '@job-hunter/telemetry';
import { createApi } from './create-api';

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = configFromProcess();
  } catch (e) {
    process.stderr.write(`${errorMessage(e)}\n`);
    process.exit(2);
  }
  await startTracing({ endpoint: config.telemetry.otlpEndpoint, serviceName: 'job-hunter-api' });
  const app = await createApi(config);
  await app.listen(config.api.port);
  new Logger('Api').log(`Listening on http://localhost:${config.api.port} (health: /health/live, /health/ready)`);
}

void main();
