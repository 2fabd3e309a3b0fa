import { existsSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import type { RunResult } from '@job-hunter/domain';
import type { Browser } from 'playwright-core';
import { runCli, scratch } from './cli-harness';

/**
 * The demo's report.html from the built CLI (so the script the build copied into dist/), opened
 * from its file in headless Chromium at a phone's width: the inline script is allowed by the
 * page's CSP, a job is on the first screen, and the search works on the demo's jobs.
 */
const CHROMIUM = '/usr/bin/chromium';
const describeChromium = existsSync(CHROMIUM) ? describe : describe.skip;

describeChromium('report.html of the demo (built CLI) in headless Chromium', () => {
  const { dir, env } = scratch('report-browser');
  let browser: Browser;
  let result: RunResult;

  beforeAll(async () => {
    const run = runCli(['demo', '--json'], env, dir);
    expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });
    result = JSON.parse(run.stdout) as RunResult;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('works offline at 390 px: script allowed, first job on the first screen, search narrows', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.route('**/*', (route) =>
      route.request().url().startsWith('file:') ? route.continue() : route.abort('internetdisconnected'),
    );
    await page.goto(`file://${path.join(env.JH_OUTPUT_DIR ?? '', result.runId, 'report.html')}`);

    const total = result.jobs.length + (result.nearMisses?.length ?? 0);
    await expect(page.locator('[data-sl-count]').textContent()).resolves.toBe(`${total} of ${total}`);
    const first = await page.locator('li.job').first().boundingBox();
    expect(first?.y).toBeLessThan(844 - 100);

    const company = result.jobs.at(-1)?.company ?? '?';
    await page.locator('[data-sl-search]').fill(company);
    const companies = await page
      .locator('li.job:not([hidden])')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-company')));
    expect(companies.length).toBeGreaterThan(0);
    expect(companies.length).toBeLessThan(total);
    for (const c of companies) expect(c).toBe(company);
    expect(problems).toEqual([]);
    await page.close();
  });
});
