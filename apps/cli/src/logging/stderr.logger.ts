import type { LoggerService } from '@nestjs/common';

export const STDERR_LOGGER = Symbol('STDERR_LOGGER');

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevelName = (typeof LEVELS)[number];

/**
 * Logs go to stderr, never stdout (stdout is for data such as `--json`). Every line passes
 * through `redact` so secrets cannot leak, and `beforeWrite` lets a progress bar clear its line.
 */
export class StderrLogger implements LoggerService {
  beforeWrite?: () => void;
  afterWrite?: () => void;

  constructor(
    private level: LogLevelName,
    private readonly redact: (text: string) => string = (t) => t,
  ) {}

  setLevel(level: LogLevelName): void {
    this.level = level;
  }

  /** Runs `work` with info and debug lines muted (e.g. Nest's start-up chatter), then restores the level. */
  async quietWhile<T>(work: () => Promise<T>): Promise<T> {
    const level = this.level;
    if (LEVELS.indexOf(level) < LEVELS.indexOf('warn')) this.level = 'warn';
    try {
      return await work();
    } finally {
      this.level = level;
    }
  }

  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  log(message: unknown, context?: string): void {
    this.write('info', message, context);
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  error(message: unknown, stackOrContext?: string, context?: string): void {
    this.write('error', message, context ?? stackOrContext);
  }

  private write(level: LogLevelName, message: unknown, context?: string): void {
    if (LEVELS.indexOf(level) < LEVELS.indexOf(this.level)) return;
    const text =
      message instanceof Error ? message.message : typeof message === 'string' ? message : JSON.stringify(message);
    const prefix = level === 'info' ? '' : `${level.toUpperCase()} `;
    const where = context && level === 'debug' ? `[${context}] ` : '';
    this.beforeWrite?.();
    process.stderr.write(this.redact(`${prefix}${where}${text}`) + '\n');
    this.afterWrite?.();
  }
}
