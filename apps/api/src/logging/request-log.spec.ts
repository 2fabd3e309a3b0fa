import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pathOf, requestLog } from './request-log';

function request(method: string, url: string, headers: Record<string, string> = {}): IncomingMessage {
  return { method, url, headers } as unknown as IncomingMessage;
}

function response(statusCode: number, finished = true): ServerResponse & EventEmitter {
  return Object.assign(new EventEmitter(), { statusCode, writableFinished: finished }) as ServerResponse & EventEmitter;
}

describe('requestLog', () => {
  it('logs method, path without query, status and time once the answer is over, never a header', () => {
    const lines: string[] = [];
    const res = response(201);
    let passed = false;
    requestLog({ log: (m) => lines.push(m) })(
      request('POST', '/understand?token=s3cret', { authorization: 'Bearer s3cret' }),
      res,
      () => (passed = true),
    );
    expect(passed).toBe(true);
    expect(lines).toEqual([]);
    res.emit('close');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^POST \/understand 201 \d+\.\d ms$/);
    expect(lines[0]).not.toContain('s3cret');
  });

  it('says when the client went away before the answer was over', () => {
    const lines: string[] = [];
    const res = response(200, false);
    requestLog({ log: (m) => lines.push(m) })(request('GET', '/runs/r1/events'), res, () => undefined);
    res.emit('close');
    expect(lines[0]).toMatch(/^GET \/runs\/r1\/events 200 \d+\.\d ms \(closed early\)$/);
  });
});

describe('pathOf', () => {
  it('cuts the query string', () => {
    expect(pathOf('/a/b?c=d')).toBe('/a/b');
    expect(pathOf('/?x')).toBe('/');
    expect(pathOf(undefined)).toBe('/');
  });
});
