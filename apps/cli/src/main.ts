import 'reflect-metadata';
import { CommandFactory } from 'nest-commander';
import { configFromProcess, redactSecrets, type AppConfig } from '@job-hunter/config';
import { errorMessage } from '@job-hunter/domain';
import { CliModule } from './cli.module';
import { StderrLogger } from './logging/stderr.logger';
import { EXIT_BAD_INPUT, exitCodeFor } from './exit-codes';

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = configFromProcess();
  } catch (e) {
    process.stderr.write(`${errorMessage(e)}\nFix the variable (see .env.example) and run again.\n`);
    process.exit(EXIT_BAD_INPUT);
  }
  const verbose = process.argv.includes('-v') || process.argv.includes('--verbose');
  const logger = new StderrLogger(verbose ? 'debug' : config.logLevel === 'debug' ? 'debug' : 'info', (t) =>
    redactSecrets(t, config),
  );
  // Nest's own start-up chatter is debug-level noise for a CLI user.
  logger.setLevel(verbose ? 'debug' : 'warn');
  await CommandFactory.run(CliModule.forRoot(config, logger), {
    logger,
    cliName: 'job-hunter',
    errorHandler: (err) => {
      // commander's own errors (unknown option, missing argument) are bad input.
      if ('code' in err && String((err as { code: unknown }).code).startsWith('commander.')) {
        const code = String((err as { code: unknown }).code);
        process.exit(code === 'commander.helpDisplayed' || code === 'commander.version' ? 0 : EXIT_BAD_INPUT);
      }
      logger.error(errorMessage(err));
      process.exit(exitCodeFor(err));
    },
    serviceErrorHandler: (err) => {
      logger.error(errorMessage(err));
      process.exitCode = exitCodeFor(err);
    },
  });
}

void main();
