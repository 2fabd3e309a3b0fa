import type { ArgumentsHost } from '@nestjs/common';
import { Logger, NotFoundException } from '@nestjs/common';
import { loadConfig } from '@job-hunter/config';
import { JobHunterError } from '@job-hunter/domain';
import { ApiExceptionFilter } from './api-exception.filter';

const KEY = 'sk-ant-canary-91';
const config = loadConfig({ JH_ANTHROPIC_API_KEY: KEY, JH_API_TOKEN: 'api-canary-92' }, { cwd: '/work' });

/** What the filter wrote: status, headers and body. */
function answer(exception: unknown, headersSent = false) {
  const sent: { status?: number; headers?: Record<string, string>; body?: string; ended: boolean } = { ended: false };
  const res = {
    headersSent,
    writeHead: (status: number, headers: Record<string, string>) => Object.assign(sent, { status, headers }),
    end: (body?: string) => Object.assign(sent, { body, ended: true }),
  };
  const host = { switchToHttp: () => ({ getResponse: () => res }) } as unknown as ArgumentsHost;
  new ApiExceptionFilter(config).catch(exception, host);
  return sent;
}

describe('ApiExceptionFilter', () => {
  let logged: string[];
  beforeEach(() => {
    logged = [];
    jest.spyOn(Logger.prototype, 'error').mockImplementation((m: unknown) => void logged.push(String(m)));
  });
  afterEach(() => jest.restoreAllMocks());

  it('writes the one error shape as JSON with the status', () => {
    const sent = answer(new JobHunterError('RUN_NOT_FOUND', 'No run abc.'));
    expect(sent.status).toBe(404);
    expect(sent.headers).toMatchObject({ 'Content-Type': 'application/json; charset=utf-8' });
    expect(JSON.parse(sent.body ?? '')).toEqual({ error: { code: 'RUN_NOT_FOUND', message: 'No run abc.' } });
    expect(logged).toEqual([]);
  });

  it('logs an unexpected error server-side with its secrets masked, and answers 500 without it', () => {
    const sent = answer(new Error(`Claude refused key ${KEY}`));
    expect(sent.status).toBe(500);
    expect(sent.body).not.toContain('Claude');
    expect(JSON.parse(sent.body ?? '')).toMatchObject({ error: { code: 'INTERNAL' } });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('Claude refused key');
    expect(logged[0]).not.toContain(KEY);
  });

  it('masks a secret even in a message meant for the person', () => {
    const sent = answer(new JobHunterError('INVALID_INPUT', `bad value ${KEY}`));
    expect(sent.body).not.toContain(KEY);
    expect(sent.status).toBe(400);
  });

  it('only ends a response whose headers are already sent (a stream under way)', () => {
    const sent = answer(new NotFoundException(), true);
    expect(sent).toEqual({ ended: true, body: undefined });
  });
});
