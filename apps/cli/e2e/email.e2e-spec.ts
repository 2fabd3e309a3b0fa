import * as fs from 'node:fs';
import * as path from 'node:path';
import type { RunResult } from '@job-hunter/domain';
import { FakeSmtpServer, freePort } from '@job-hunter/testing';
import { runCli, scratch, startCli } from './cli-harness';
import { exitOf, type Exited } from './temporal-harness';

const LOGIN = { user: 'mailer', pass: 'smtp-pass-canary-7' };
const TO = 'someone@example.com';

/** `demo --email` against the given SMTP URL, run asynchronously so a server in this process can answer. */
async function demoWithEmail(
  prefix: string,
  smtpUrl: string,
): Promise<{ run: Exited; dir: string; outputDir: string }> {
  const { dir, env } = scratch(prefix);
  const settings = { ...env, JH_SMTP_URL: smtpUrl, JH_EMAIL_FROM: 'Job Hunter <jobs@example.com>' };
  const run = await exitOf(startCli(['demo', '--email', TO, '--json'], settings, dir));
  return { run, dir, outputDir: env['JH_OUTPUT_DIR'] as string };
}

function digestFiles(outputDir: string, runId: string): string[] {
  return ['digest.txt', 'digest.html'].map((f) => fs.readFileSync(path.join(outputDir, runId, f), 'utf8'));
}

describe('job-hunter demo --email (built CLI, SMTP on loopback)', () => {
  it('emails the digest through the server and keeps the digest files in the run folder', async () => {
    const smtp = await new FakeSmtpServer({ auth: LOGIN }).start();
    try {
      const { run, outputDir } = await demoWithEmail('email-ok', smtp.url(LOGIN));
      expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });
      const result = JSON.parse(run.stdout) as RunResult;
      expect(result.status).toBe('success');
      expect(smtp.received).toHaveLength(1);
      const mail = smtp.received[0];
      expect(mail).toMatchObject({ envelopeTo: [TO], login: { user: LOGIN.user } });
      expect(mail?.html).toContain(`href="${result.jobs[0]?.applyUrl}"`);
      const [text, html] = digestFiles(outputDir, result.runId);
      expect(text?.trim()).toBe(mail?.text.trim());
      expect(html).toContain(result.jobs[0]?.title);
      expect(run.stderr).toContain('digest sent (smtp)');
    } finally {
      await smtp.close();
    }
  });

  it('ends partial with the error recorded and the digest kept when the server is down, never printing the password', async () => {
    const port = await freePort();
    const { run, dir, outputDir } = await demoWithEmail(
      'email-down',
      `smtp://${LOGIN.user}:${LOGIN.pass}@127.0.0.1:${port}`,
    );
    expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });
    const result = JSON.parse(run.stdout) as RunResult;
    expect(result.status).toBe('partial');
    const notifyError = {
      stage: 'notify',
      code: 'NOTIFY_FAILED',
      message: expect.stringContaining(`127.0.0.1:${port}`),
    };
    expect(result.errors).toEqual([expect.objectContaining(notifyError)]);
    const onDisk = JSON.parse(fs.readFileSync(path.join(outputDir, result.runId, 'results.json'), 'utf8')) as RunResult;
    expect(onDisk).toMatchObject({ status: 'partial', errors: result.errors });
    const [text] = digestFiles(outputDir, result.runId);
    expect(text).toContain(`(partial)`);
    expect(run.stderr).toContain(`127.0.0.1:${port}`);
    expect(run.stderr).toContain(`The digest is in ${path.join(outputDir, result.runId)} instead.`);
    const status = runCli(
      ['status', result.runId, '--json'],
      { JH_DATABASE_URL: `sqlite:${path.join(dir, 'jh.db')}` },
      dir,
    );
    expect(JSON.parse(status.stdout)).toMatchObject({ status: 'partial' });
    // Nowhere: not on stdout or stderr, not in the reports, the digest, the database or its journal.
    const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f));
    const leaks = [
      run.stdout,
      run.stderr,
      ...files.filter((f) => fs.statSync(f).isFile()).map((f) => fs.readFileSync(f)),
    ]
      .map(String)
      .filter((text) => text.includes(LOGIN.pass));
    expect(leaks).toEqual([]);
  });
});
