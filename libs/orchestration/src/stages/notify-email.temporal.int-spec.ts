import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { FakeSmtpServer, demoRunConfig, sqliteTarget, type Target } from '@job-hunter/testing';
import { TemporalOrchestrator } from '../temporal/client/temporal.orchestrator';
import { startTemporalPipelineApp } from '../test-support/temporal-pipeline-app';

const LOGIN = { user: 'mailer', pass: 'smtp-secret-canary' };

describe('the digest email under Temporal (real activities, real SMTP server on loopback)', () => {
  let target: Target;
  let smtp: FakeSmtpServer;
  let app: INestApplicationContext;
  let close: (() => Promise<void>) | undefined;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-email-temporal-'));

  beforeAll(async () => {
    [target, smtp] = await Promise.all([sqliteTarget(), new FakeSmtpServer({ auth: LOGIN }).start()]);
    ({ app, close } = await startTemporalPipelineApp(target.db, {
      JH_SMTP_URL: smtp.url(LOGIN),
      JH_EMAIL_FROM: 'Job Hunter <hunter@example.com>',
    }));
  }, 120_000);

  afterAll(async () => {
    await close?.();
    await smtp?.close();
    await target?.cleanup();
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('is sent once by the worker, and the client still writes the digest files', async () => {
    const config = demoRunConfig('tp-email', out, {
      orchestrator: 'temporal',
      email: 'ananya@example.com',
      dryRun: false,
    });
    const result = await app.get(TemporalOrchestrator).start(config);

    expect(result.status).toBe('success');
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail?.envelopeTo).toEqual(['ananya@example.com']);
    expect(mail?.login?.user).toBe('mailer');
    expect(mail?.html).toContain(result.jobs[0]?.applyUrl ?? 'no job');
    for (const file of ['digest.txt', 'digest.html'])
      expect(fs.existsSync(path.join(out, 'tp-email', file))).toBe(true);
    expect(JSON.stringify(result)).not.toContain(LOGIN.pass);
  }, 90_000);
});
