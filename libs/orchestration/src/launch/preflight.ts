import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  isEmailAddress,
  isHostPort,
  isSmtpUrl,
  type AppConfig,
  type DatabaseConfig,
  type SmtpConfig,
  type TemporalConfig,
} from '@job-hunter/config';
import { JobHunterError, errorMessage, type RunConfig } from '@job-hunter/domain';
import { openDataSource, sqliteFilePath } from '@job-hunter/persistence';

/**
 * What the person must fix before a hunt may start, checked before stage 1 so that a wrong setting
 * costs no scraping, no paid call and no half-written run folder: each check throws a user error
 * (exit 2) and writes nothing.
 */

/** The closest path at or above `target` that exists (a folder to be created lands under it). */
function nearestExisting(target: string): { at: string; stat: fs.Stats } {
  for (let at = target; ; at = path.dirname(at)) {
    const stat = statOrNothing(at);
    if (stat || path.dirname(at) === at) return { at, stat: stat ?? fs.statSync(at) };
  }
}

/** Nothing when the path does not exist, also when a file stands where a folder of it should be. */
function statOrNothing(at: string): fs.Stats | undefined {
  try {
    return fs.statSync(at);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw e;
  }
}

/** Why `folder` cannot be created or written, or undefined when it can. */
function unwritableFolder(folder: string): string | undefined {
  const { at, stat } = nearestExisting(folder);
  if (!stat.isDirectory()) return `${at} is a file, not a folder`;
  try {
    // W_OK also answers EROFS for a read-only mount, even for root.
    fs.accessSync(at, fs.constants.W_OK | fs.constants.X_OK);
    return undefined;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return `${at} is ${code === 'EROFS' ? 'on a read-only file system' : 'not writable'}${at === folder ? '' : ', so it cannot be created'}`;
  }
}

/** The run folder (OUTPUT/RUN_ID) can be created and written: not a file, not read-only. */
export function checkOutputDir(outputDir: string, runId: string): void {
  const problem = unwritableFolder(path.resolve(outputDir, runId));
  if (problem) {
    throw new JobHunterError(
      'INVALID_INPUT',
      `Cannot write the run's reports under ${path.resolve(outputDir)}: ${problem}. ` +
        'Choose another folder with --output-dir (or JH_OUTPUT_DIR).',
    );
  }
}

/** Why `file` is not a regular file this process may read (or write), or undefined when it is. */
function inaccessibleFile(file: string, mode: 'read' | 'write'): string | undefined {
  try {
    if (!fs.statSync(file).isFile()) return `${file} is not a file`;
    fs.accessSync(file, mode === 'read' ? fs.constants.R_OK : fs.constants.W_OK);
    return undefined;
  } catch (e) {
    return `${file} cannot be ${mode === 'read' ? 'read' : 'written'} (${(e as NodeJS.ErrnoException).code ?? errorMessage(e)})`;
  }
}

/**
 * The database can be opened: SQLite's folder can be created and its file written; PostgreSQL
 * answers and accepts the login (one connection, opened and closed, no migration).
 */
export async function checkDatabase(db: DatabaseConfig): Promise<void> {
  if (db.type === 'sqlite') {
    const file = sqliteFilePath(db);
    if (file === ':memory:') return;
    const abs = path.resolve(file);
    const problem = fs.existsSync(abs) ? inaccessibleFile(abs, 'write') : unwritableFolder(path.dirname(abs));
    if (problem) {
      throw new JobHunterError('CONFIG_INVALID', `JH_DATABASE_URL: cannot use the SQLite database ${abs}: ${problem}.`);
    }
    return;
  }
  try {
    const dataSource = await openDataSource(db, { migrationsRun: false });
    await dataSource.destroy();
  } catch (e) {
    // The storage layer's message already names the server without its password.
    throw new JobHunterError('CONFIG_INVALID', errorMessage(e));
  }
}

/** With `--email` (and no `--dry-run`) the digest goes by SMTP: the server and sender must be set. Nothing is sent. */
export function checkSmtp(smtp: SmtpConfig, run: Pick<RunConfig, 'email' | 'dryRun'>): void {
  if (!run.email || run.dryRun) return;
  const missing = [smtp.url ? '' : 'JH_SMTP_URL', smtp.from ? '' : 'JH_EMAIL_FROM'].filter(Boolean);
  if (missing.length > 0) {
    throw new JobHunterError(
      'CONFIG_INVALID',
      `--email ${run.email} needs ${missing.join(' and ')} (the SMTP server and the sender's address). ` +
        'Set them, or leave out --email.',
    );
  }
  // Never echo the URL: it may hold the password.
  if (!isSmtpUrl(smtp.url) || !validPort(new URL(smtp.url as string).port)) {
    throw new JobHunterError(
      'CONFIG_INVALID',
      'JH_SMTP_URL must be an smtp:// or smtps:// URL with a host (and a port from 1 to 65535, if given).',
    );
  }
  if (!isEmailAddress(smtp.from)) {
    throw new JobHunterError(
      'CONFIG_INVALID',
      `JH_EMAIL_FROM "${smtp.from}" is not an email address, e.g. jobs@example.com.`,
    );
  }
}

function validPort(port: string): boolean {
  return port === '' || (Number(port) >= 1 && Number(port) <= 65535);
}

/**
 * With Temporal asked for: a well-formed address and readable TLS files. Whether Temporal answers is
 * not checked here: an unreachable server falls back to the checkpoint pipeline (JH_TEMPORAL_FALLBACK).
 */
export function checkTemporal(temporal: TemporalConfig, run: Pick<RunConfig, 'orchestrator'>): void {
  if (run.orchestrator !== 'temporal') return;
  if (!isHostPort(temporal.address)) {
    throw new JobHunterError(
      'CONFIG_INVALID',
      `JH_TEMPORAL_ADDRESS "${temporal.address}" is not host:port, e.g. localhost:7233.`,
    );
  }
  const files: Array<[string, string | undefined]> = [
    ['JH_TEMPORAL_TLS_CERT_PATH', temporal.tlsCertPath],
    ['JH_TEMPORAL_TLS_KEY_PATH', temporal.tlsKeyPath],
    ['JH_TEMPORAL_TLS_CA_PATH', temporal.tlsCaPath],
  ];
  for (const [name, file] of files) {
    const problem = file === undefined ? undefined : inaccessibleFile(file, 'read');
    if (problem) throw new JobHunterError('CONFIG_INVALID', `${name}: ${problem}; point it at a readable PEM file.`);
  }
}

/** Every check a hunt needs once its configuration is known (the database was checked at start-up). */
export function preflightRun(run: RunConfig, config: AppConfig): void {
  checkOutputDir(run.outputDir, run.runId);
  checkSmtp(config.smtp, run);
  checkTemporal(config.temporal, run);
}
