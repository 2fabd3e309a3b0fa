import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { configFromProcess, redactSecrets, type AppConfig } from '@job-hunter/config';
import { errorMessage } from '@job-hunter/domain';
import { startTracing } from '@job-hunter/telemetry';
import { createApi } from './create-api';
import { DOCS_PATH } from './docs/openapi';
import { listenRefusal } from './listen-address';

/** Bad settings, as for the CLI: the API does not start. */
const EXIT_BAD_CONFIG = 2;

/** The settings, or exit 2 saying what is wrong with them. */
function settingsOrExit(): AppConfig {
  let config: AppConfig;
  try {
    config = configFromProcess();
  } catch (e) {
    process.stderr.write(`${errorMessage(e)}\n`);
    process.exit(EXIT_BAD_CONFIG);
  }
  const refusal = listenRefusal(config.api);
  if (refusal) {
    process.stderr.write(`${refusal}\n`);
    process.exit(EXIT_BAD_CONFIG);
  }
  return config;
}

async function serve(config: AppConfig): Promise<void> {
  await startTracing({ endpoint: config.telemetry.otlpEndpoint, serviceName: 'job-hunter-api' });
  const app = await createApi(config);
  const { host, port, token } = config.api;
  try {
    await app.listen(port, host);
  } catch (e) {
    await app.close();
    throw e;
  }
  const base = `http://${host}:${port}`;
  const logger = new Logger('Api');
  logger.log(`Listening on ${base} (OpenAPI: ${base}/${DOCS_PATH}; health: /health/live, /health/ready)`);
  if (token === undefined) logger.warn('No JH_API_TOKEN: every route is open to anyone on this machine.');
}

const config = settingsOrExit();
serve(config).catch((e: unknown) => {
  process.stderr.write(`The API could not start: ${redactSecrets(errorMessage(e), config)}\n`);
  process.exit(1);
});
