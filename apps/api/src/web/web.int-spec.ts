import 'reflect-metadata';
import * as fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WebModule } from './web.module';

describe('the web app files', () => {
  let app: INestApplication;
  let base: string;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-web-'));
    fs.mkdirSync(path.join(dir, 'assets/pages'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>app</title>');
    fs.writeFileSync(path.join(dir, 'assets/pages/app.js'), 'export {};');
    fs.writeFileSync(path.join(dir, 'assets/notes.txt'), 'not an app file type');
    fs.writeFileSync(path.join(dir, 'secret.js'), 'outside assets');
    app = await NestFactory.create(WebModule.forRoot(dir), { logger: false });
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serves / and /assets/* with a strict CSP and their types', async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self';");
    expect(page.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await fetch(`${base}/assets/pages/app.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('export {};');
    const controls = await fetch(`${base}/assets/shortlist-controls.js`);
    expect(await controls.text()).toContain('jobHunterShortlist');
  });

  it('answers HEAD for its files with the headers of GET and no body', async () => {
    for (const url of ['/', '/assets/pages/app.js']) {
      const head = await fetch(`${base}${url}`, { method: 'HEAD' });
      const get = await fetch(`${base}${url}`);
      expect([url, head.status]).toEqual([url, 200]);
      for (const name of ['content-type', 'content-length', 'content-security-policy']) {
        expect(head.headers.get(name)).toBe(get.headers.get(name));
      }
      expect(await head.text()).toBe('');
    }
    expect((await fetch(`${base}/secret.js`, { method: 'HEAD' })).status).toBe(404);
  });

  it('serves nothing else: other files, other types, paths out of the folder', async () => {
    for (const url of [
      '/secret.js',
      '/assets/notes.txt',
      '/assets/../secret.js',
      '/assets/%2e%2e/secret.js',
      '/index.html',
    ]) {
      expect((await fetch(`${base}${url}`)).status).toBe(404);
    }
    for (const method of ['POST', 'PUT', 'DELETE']) expect((await fetch(`${base}/`, { method })).status).toBe(404);
  });
});
