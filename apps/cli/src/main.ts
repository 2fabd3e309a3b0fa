import 'reflect-metadata';
import type { Command, CommanderError } from 'commander';
import { CommandFactory, CommandRunnerService } from 'nest-commander';
import { configFromProcess, redactSecrets, type AppConfig } from '@job-hunter/config';
import { errorMessage } from '@job-hunter/domain';
import { startTracing, stopTracing } from '@job-hunter/telemetry';
import { CliModule } from './cli.module';
import { checkDatabase } from '@job-hunter/orchestration';
import { commandOf, startsHunt } from './commands/preflight';
import { StderrLogger } from './logging/stderr.logger';
import { EXIT_BAD_INPUT, EXIT_OK, exitCodeFor } from './exit-codes';

/** commander's own errors (unknown option, missing argument) are bad input: exit 2. */
function onCommanderExit(err: CommanderError): never {
  const ok =
    err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help';
  process.exit(ok ? EXIT_OK : EXIT_BAD_INPUT);
}

/** exitOverride set on the root does not reach subcommands already added, so set it on each (nested ones too). */
function configureCommander(root: Command): void {
  root.name('job-hunter');
  const overrideAll = (command: Command): void => {
    command.exitOverride(onCommanderExit);
    command.commands.forEach(overrideAll);
  };
  overrideAll(root);
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = configFromProcess();
  } catch (e) {
    process.stderr.write(`${errorMessage(e)}\n`);
    process.exit(EXIT_BAD_INPUT);
  }
  // The database opens with the app, before any command runs: a hunt checks it first, so a wrong
  // JH_DATABASE_URL exits 2 at once (a worker instead keeps retrying while the database starts).
  if (startsHunt(process.argv.slice(2))) {
    try {
      await checkDatabase(config.database);
    } catch (e) {
      process.stderr.write(`${redactSecrets(errorMessage(e), config)}\n`);
      process.exit(EXIT_BAD_INPUT);
    }
  }
  // Off (nothing loaded) unless OTEL_EXPORTER_OTLP_ENDPOINT is set; flushed after the command.
  const worker = commandOf(process.argv.slice(2)) === 'worker';
  await startTracing({
    endpoint: config.telemetry.otlpEndpoint,
    serviceName: worker ? 'job-hunter-worker' : 'job-hunter-cli',
  });
  // Nest's start-up chatter stays quiet; commands raise the level to JH_LOG_LEVEL or --verbose.
  const logger = new StderrLogger('warn', (t) => redactSecrets(t, config));
  const app = await CommandFactory.createWithoutRunning(CliModule.forRoot(config, logger), {
    logger,
    cliName: 'job-hunter',
    serviceErrorHandler: (err) => {
      logger.error(errorMessage(err));
      process.exitCode = exitCodeFor(err);
    },
  });
  configureCommander((app.get(CommandRunnerService) as unknown as { commander: Command }).commander);
  try {
    await CommandFactory.runApplication(app);
  } finally {
    await app.close();
    await stopTracing();
  }
}

void main();
