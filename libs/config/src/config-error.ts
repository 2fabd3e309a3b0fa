import { JobHunterError } from '@job-hunter/domain';

/** Bad settings: the CLI exits 2. `problems` holds one line per variable, already free of secrets. */
export class ConfigError extends JobHunterError {
  constructor(readonly problems: readonly string[]) {
    super(
      'CONFIG_INVALID',
      [
        'Invalid configuration:',
        ...problems.map((p) => `  ${p}`),
        'Fix these variables in the environment or in .env (.env.example lists every setting).',
      ].join('\n'),
    );
    this.name = 'ConfigError';
  }
}
