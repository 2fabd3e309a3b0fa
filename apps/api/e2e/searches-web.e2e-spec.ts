import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEMO_API_ENV, DEMO_DIR, startBuiltApi, type BuiltApi } from '@job-hunter/testing';

const CHROMIUM = '/usr/bin/chromium';
const describeChromium = fs.existsSync(CHROMIUM) ? describe : describe.skip;
const TOKEN = 'e2e-searches-token-0123456789';

/**
 * Saved searches in the web app (built API, demo data): saved from the new-hunt page, its first run's
 * jobs all marked New, listed on the Searches page, paused and resumed, run again (nothing new), deleted.
 */
describeChromium('saved searches in the web app (built API, demo data)', () => {
  let dir: string;
  let api: BuiltApi;
  let browser: Browser;
  let page: Page;
  const pageProblems: string[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-searches-web-e2e-'));
    api = await startBuiltApi({
      JH_API_TOKEN: TOKEN,
      JH_DATABASE_URL: `sqlite:${path.join(dir, 'api.db')}`,
      JH_OUTPUT_DIR: path.join(dir, 'output'),
      ...DEMO_API_ENV,
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => pageProblems.push(error.message));
    // The delete button asks first: yes.
    page.on('dialog', (dialog) => void dialog.accept());
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const row = () => page.locator('table.searches tbody tr').first();

  it('saves a search from the new-hunt page, shows its first run as all new, and manages it', async () => {
    await page.goto(`${api.base}/`);
    await page.waitForURL(/#\/signin$/);
    await page.getByLabel('API token').fill(TOKEN);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/#\/new$/);

    await page.getByLabel('Resume').setInputFiles(path.join(DEMO_DIR, 'resume.pdf'));
    await page
      .getByLabel('What are you looking for?')
      .fill(fs.readFileSync(path.join(DEMO_DIR, 'preferences.txt'), 'utf8'));
    await page.getByText('More options').click();
    await page.getByLabel('Scoring').selectOption('heuristic');
    expect(await page.getByLabel('Search name').isVisible()).toBe(false);
    await page.getByLabel(/Save as a daily search/).check();
    await page.getByLabel('Search name').fill('daily');
    expect(await page.getByLabel('When it runs').inputValue()).toBe('24h');
    await page.getByRole('button', { name: 'Start the hunt' }).click();
    await page.waitForURL(/#\/runs\/[^/]+\/results$/, { timeout: 60_000 });
    const cards = page.locator('article.job');
    await cards.first().waitFor();
    expect(await cards.count()).toBeGreaterThan(0);
    expect(await cards.locator('.badge.new').count()).toBe(await cards.count());

    await page.getByRole('link', { name: 'Searches', exact: true }).click();
    await page.waitForURL(/#\/searches$/);
    await row().waitFor();
    expect(await row().locator('th').textContent()).toBe('daily');
    expect(await row().locator('td').nth(0).textContent()).toBe('Every day');
    expect(await row().locator('td').nth(2).getByRole('link').count()).toBe(1);

    await page.getByRole('button', { name: 'Pause daily' }).click();
    await page.getByRole('button', { name: 'Resume daily' }).waitFor();
    expect(await row().locator('td').nth(3).textContent()).toBe('Paused');
    await page.getByRole('button', { name: 'Resume daily' }).click();
    await page.getByRole('button', { name: 'Pause daily' }).waitFor();

    // Run again: the same market, so nothing on the shortlist is new.
    await page.getByRole('button', { name: 'Run now daily' }).click();
    await page.waitForURL(/#\/runs\/[^/]+\/results$/, { timeout: 60_000 });
    await cards.first().waitFor();
    expect(await cards.locator('.badge.new').count()).toBe(0);

    await page.getByRole('link', { name: 'Searches', exact: true }).click();
    await row().waitFor();
    await page.getByRole('button', { name: 'Delete daily' }).click();
    await page.getByText('No saved searches yet.').waitFor();
    expect(pageProblems).toEqual([]);
  }, 120_000);
});
