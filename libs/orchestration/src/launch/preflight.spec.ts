import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { SmtpConfig, TemporalConfig } from '@job-hunter/config';
import { checkDatabase, checkOutputDir, checkSmtp, checkTemporal } from './preflight';

const asRoot = process.getuid?.() === 0;

describe('preflight checks', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-preflight-'));
  });
  afterEach(() => {
    fs.chmodSync(dir, 0o755);
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const entries = () => fs.readdirSync(dir).sort();

  describe('checkOutputDir', () => {
    it('accepts a folder that exists, and one that can be created, creating nothing', () => {
      expect(() => checkOutputDir(dir, 'run-1')).not.toThrow();
      expect(() => checkOutputDir(path.join(dir, 'new', 'deeper'), 'run-1')).not.toThrow();
      expect(entries()).toEqual([]);
    });

    it.each([
      ['the output folder', (file: string) => file],
      ['a folder above it', (file: string) => path.join(file, 'sub')],
    ])('refuses a file in place of %s, naming the file and --output-dir', (_what, outputOf) => {
      const file = path.join(dir, 'taken');
      fs.writeFileSync(file, 'x');
      const thrown = catchError(() => checkOutputDir(outputOf(file), 'run-1'));
      expect(thrown).toMatchObject({ code: 'INVALID_INPUT', isUserError: true });
      expect(thrown?.message).toContain(`${file} is a file, not a folder`);
      expect(thrown?.message).toContain('--output-dir');
      expect(entries()).toEqual(['taken']);
    });

    it('refuses a run folder that is a file (a resumed run writes into OUTPUT/RUN_ID)', () => {
      fs.writeFileSync(path.join(dir, 'run-1'), 'x');
      expect(() => checkOutputDir(dir, 'run-1')).toThrow(/run-1 is a file/);
    });

    // root writes through any mode bits, so only an ordinary user can see this one fail.
    (asRoot ? it.skip : it)('refuses a read-only folder', () => {
      fs.chmodSync(dir, 0o555);
      expect(() => checkOutputDir(path.join(dir, 'out'), 'run-1')).toThrow(/not writable, so it cannot be created/);
    });
  });

  describe('checkDatabase (SQLite)', () => {
    const sqlite = (file: string) => ({ type: 'sqlite' as const, url: file, sqlitePath: file });

    it('accepts a file to be created in a folder to be created, creating nothing', async () => {
      await expect(checkDatabase(sqlite(path.join(dir, 'a', 'jh.db')))).resolves.toBeUndefined();
      await expect(checkDatabase(sqlite(':memory:'))).resolves.toBeUndefined();
      expect(entries()).toEqual([]);
    });

    it('refuses a database under a file, and a folder in the database file’s place', async () => {
      fs.writeFileSync(path.join(dir, 'file'), 'x');
      await expect(checkDatabase(sqlite(path.join(dir, 'file', 'jh.db')))).rejects.toMatchObject({
        code: 'CONFIG_INVALID',
        message: expect.stringContaining('JH_DATABASE_URL'),
      });
      fs.mkdirSync(path.join(dir, 'jh.db'));
      await expect(checkDatabase(sqlite(path.join(dir, 'jh.db')))).rejects.toThrow(/jh\.db is not a file/);
    });
  });

  describe('checkSmtp', () => {
    const smtp = (over: SmtpConfig = {}): SmtpConfig => ({
      url: 'smtp://mailer:s3cret-pw@mail.example.com:587',
      from: 'Job Hunter <jobs@example.com>',
      ...over,
    });
    const emailing = { email: 'me@example.com', dryRun: false };

    it('asks nothing when no email is to be sent', () => {
      expect(() => checkSmtp({}, { dryRun: false })).not.toThrow();
      expect(() => checkSmtp({}, { ...emailing, dryRun: true })).not.toThrow();
      expect(() => checkSmtp(smtp(), emailing)).not.toThrow();
    });

    it.each([
      ['no server', { url: undefined }, /needs JH_SMTP_URL\b/],
      ['no sender', { from: undefined }, /needs JH_EMAIL_FROM/],
      ['a server URL of another kind', { url: 'https://mailer:s3cret-pw@mail.example.com' }, /smtp:\/\/ or smtps:\/\//],
      ['port 0', { url: 'smtp://mailer:s3cret-pw@mail.example.com:0' }, /port from 1 to 65535/],
      ['a sender that is no address', { from: 'jobs at example' }, /JH_EMAIL_FROM "jobs at example"/],
    ])('refuses %s, never showing the password', (_what, over, message) => {
      const thrown = catchError(() => checkSmtp(smtp(over), emailing));
      expect(thrown).toMatchObject({ code: 'CONFIG_INVALID', isUserError: true });
      expect(thrown?.message).toMatch(message);
      expect(thrown?.message).not.toContain('s3cret-pw');
    });
  });

  describe('checkTemporal', () => {
    const temporal = (over: Partial<TemporalConfig> = {}) => ({ address: 'localhost:7233', ...over }) as TemporalConfig;

    it('checks only when Temporal is asked for', () => {
      expect(() => checkTemporal(temporal({ address: 'nope' }), { orchestrator: 'checkpoint' })).not.toThrow();
      expect(() => checkTemporal(temporal(), { orchestrator: 'temporal' })).not.toThrow();
    });

    it('refuses an address without a port, and a TLS file that is missing or a folder', () => {
      const asked = { orchestrator: 'temporal' as const };
      expect(() => checkTemporal(temporal({ address: 'localhost' }), asked)).toThrow(/JH_TEMPORAL_ADDRESS "localhost"/);
      const missing = path.join(dir, 'ca.pem');
      expect(() => checkTemporal(temporal({ tlsCaPath: missing }), asked)).toThrow(
        `JH_TEMPORAL_TLS_CA_PATH: ${missing} cannot be read (ENOENT)`,
      );
      expect(() => checkTemporal(temporal({ tlsCertPath: dir }), asked)).toThrow(`${dir} is not a file`);
      fs.writeFileSync(missing, '-----BEGIN CERTIFICATE-----\n');
      expect(() => checkTemporal(temporal({ tlsCaPath: missing }), asked)).not.toThrow();
    });
  });
});

function catchError(work: () => void): (Error & { code?: string }) | undefined {
  try {
    work();
    return undefined;
  } catch (e) {
    return e as Error & { code?: string };
  }
}
