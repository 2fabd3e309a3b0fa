import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEMO_API_ENV, DEMO_DIR, REPO_ROOT, startBuiltApi, type BuiltApi } from '@job-hunter/testing';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(
    `web app browser tests skipped: no Chromium at ${CHROMIUM}; install it with apt-get install -y chromium`,
  );
}
const describeChromium = hasChromium ? describe : describe.skip;
const SHOTS = path.join(REPO_ROOT, 'test-output/web');
const TOKEN = 'e2e-web-token-0123456789';
/** Set only if markup in job or company text ever ran as script. */
const TRAP = '<img src=x onerror="window.__jhInjected=1"><script>window.__jhInjected=2</script>';

/**
 * The web app in the system Chromium against the built API on the demo data: sign in, upload,
 * understand, run to the end, filter, mark, reload; refusals shown; no job text runs as script.
 */
describeChromium('web app in a real browser (built API, demo data)', () => {
  let dir: string;
  let api: BuiltApi;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  /** What the page refused under its CSP, and the errors its own code threw: none are expected. */
  const pageProblems: string[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-web-e2e-'));
    fs.mkdirSync(SHOTS, { recursive: true });
    api = await startBuiltApi({
      JH_API_TOKEN: TOKEN,
      JH_DATABASE_URL: `sqlite:${path.join(dir, 'api.db')}`,
      JH_OUTPUT_DIR: path.join(dir, 'output'),
      ...DEMO_API_ENV,
      // Each replayed board answer takes half a second, so the progress can be watched.
      JH_SNAPSHOT_LATENCY_MS: '500',
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) pageProblems.push(message.text());
    });
    page.on('pageerror', (error) => pageProblems.push(error.message));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function fillHunt(): Promise<void> {
    await page.getByLabel('Resume').setInputFiles(path.join(DEMO_DIR, 'resume.pdf'));
    await page
      .getByLabel('What are you looking for?')
      .fill(fs.readFileSync(path.join(DEMO_DIR, 'preferences.txt'), 'utf8'));
  }

  /** Starts the filled-in hunt with heuristic scoring (and `companies` instead of the API's list, when given). */
  async function startHunt(companies?: string): Promise<void> {
    await page.getByText('More options').click();
    if (companies) await page.getByLabel('Companies to search (optional)').setInputFiles(companies);
    await page.getByLabel('Scoring').selectOption('heuristic');
    await page.getByRole('button', { name: 'Start the hunt' }).click();
    await page.waitForURL(/#\/runs\/[^/]+$/);
  }

  async function signIn(token: string): Promise<void> {
    await page.getByLabel('API token').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  it('asks for the token and refuses a wrong one', async () => {
    await page.goto(`${api.base}/`);
    await page.waitForURL(/#\/signin$/);
    await signIn('not-the-token');
    await expectText(page.getByRole('alert'), /token was refused/);
    await signIn(TOKEN);
    await page.waitForURL(/#\/new$/);
  });

  it('sends a person whose token stops working back to sign in ("sign in again")', async () => {
    // Page code as strings: Node's types have no DOM.
    await page.evaluate("sessionStorage.setItem('jh.token', 'revoked-token')");
    await page.goto(`${api.base}/#/runs`);
    await page.waitForURL(/#\/signin$/);
    await expectText(page.getByRole('alert'), /sign in again/);
    await signIn(TOKEN);
    await page.waitForURL(/#\/new$/);
  });

  it('tells the person an oversized resume was refused (413)', async () => {
    const refused = page.waitForResponse((res) => res.url().endsWith('/runs') && res.request().method() === 'POST');
    await page.getByLabel('Resume').setInputFiles({
      name: 'huge.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 0x20),
    });
    await page.getByLabel('What are you looking for?').fill('Senior backend engineer in Bengaluru');
    await page.getByRole('button', { name: 'Start the hunt' }).click();
    expect((await refused).status()).toBe(413);
    await expectText(page.getByRole('alert'), /too large|larger|5 MiB/i);
  });

  it('reads the preferences as they are typed, runs the hunt with live progress, and opens the results', async () => {
    await page.reload();
    await fillHunt();
    const understood = page.locator('#understood');
    await expectText(understood, /backend engineer/);
    await expectText(understood, /Bengaluru/);
    await page.screenshot({ path: path.join(SHOTS, 'new-hunt-1280.png') });
    // The demo's own companies: a clean run, whose results page is the README's screenshot.
    await startHunt();
    await expectText(page.getByRole('heading', { level: 1 }), /Hunt in progress/);
    await expectText(page.locator('.status-line'), /\d+ of 24 companies searched/);
    await expectText(page.locator('.stage.done').first(), /Reading the resume/);
    await page.screenshot({ path: path.join(SHOTS, 'progress-1280.png') });
    await page.waitForURL(/#\/runs\/[^/]+\/results$/, { timeout: 120_000 });
    await expectText(page.getByRole('heading', { level: 1 }), /Your shortlist/);
    await expectText(page.locator('h1 + p.muted'), /· Success ·/);
    expect(await page.locator('article.job').count()).toBeGreaterThan(5);
    // A card counts its posting's age as its reasons do: to the day the replayed market was recorded.
    const first = page.locator('article.job').first();
    const said = /Posted (\d+) days ago/.exec((await first.locator('.why').textContent()) ?? '')?.[1];
    expect(said).toBeDefined();
    await expectText(first.locator('.meta').nth(1), `(${said} days ago)`);
    await page.screenshot({ path: path.join(SHOTS, 'results-1280.png') });
  });

  it('searches and filters the shortlist', async () => {
    const count = page.locator('p.count');
    const shown = page.locator('li[data-sl-item]:not([hidden]) article.job');
    const all = await shown.count();
    await expectText(count, `${all} of ${all} jobs shown`);
    await page.getByRole('searchbox', { name: 'Search' }).fill('platform');
    await expectText(count, new RegExp(`^[1-9]\\d* of ${all} jobs shown`));
    expect(await shown.count()).toBeLessThan(all);
    for (const text of await shown.allTextContents()) expect(text.toLowerCase()).toContain('platform');
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await page.getByLabel('Work model').selectOption('remote');
    await expectText(count, new RegExp(`^[1-9]\\d* of ${all} jobs shown`));
    for (const meta of await shown.locator('.meta').first().allTextContents()) expect(meta).toMatch(/Remote$/);
    await page.getByLabel('Work model').selectOption('');
    // Places come from the API's facets (the gazetteer's labels, as report.html has them).
    const place = (await page.getByLabel('Place').locator('option').nth(1).getAttribute('value')) ?? '';
    await page.getByLabel('Place').selectOption(place);
    for (const item of await page.locator('li[data-sl-item]:not([hidden])').all()) {
      expect((await item.getAttribute('data-place'))?.split('|')).toContain(place);
    }
    await page.getByLabel('Place').selectOption('');
    await page.getByLabel('Sort by').selectOption('company asc');
    const items = await page.locator('li[data-sl-item]:not([hidden])').all();
    const companies = await Promise.all(items.map((item) => item.getAttribute('data-company')));
    expect(companies).toHaveLength(all);
    const sorted = [...companies].sort((a, b) => (a ?? '').localeCompare(b ?? '', undefined, { sensitivity: 'base' }));
    expect(companies).toEqual(sorted);
    await expectText(count, `${all} of ${all} jobs shown`);
  });

  it('keeps a job marked applied across a reload', async () => {
    const first = page.locator('article.job').first();
    const title = await first.locator('h3').textContent();
    // By keyboard: the actions are real buttons, reached by focus and pressed with Enter.
    await first.getByRole('button', { name: 'Mark applied' }).focus();
    await page.keyboard.press('Enter');
    await expectText(page.locator('article.job').first().locator('.badge.applied'), /Applied on/);
    await page.reload();
    const card = page.locator('article.job', { has: page.getByRole('heading', { name: title ?? '', exact: true }) });
    await expectText(card.locator('.badge.applied'), /Applied on/);
  });

  it('lists the applied job on the Applications page, open on its board', async () => {
    const applied = page.locator('article.job', { has: page.locator('.badge.applied') }).first();
    const title = (await applied.locator('h3').textContent()) ?? '';
    await page.getByRole('link', { name: 'Applications', exact: true }).click();
    await page.waitForURL(/#\/applications$/);
    const rows = page.locator('table.runs tbody tr');
    await expectText(rows.first(), title);
    expect(await rows.count()).toBe(1);
    await expectText(rows.first(), /Open \(listed \d{4}-\d{2}-\d{2}\)/);
    await page.goBack();
    await page.waitForURL(/#\/runs\/[^/]+\/results$/);
  });

  it('shows older applications a page at a time (as the hunts list does)', async () => {
    // A second application, and pages of one mark where the app asks for 20, so the real API pages them.
    const second = page.locator('article.job', { hasNot: page.locator('.badge.applied') }).first();
    const title = (await second.locator('h3').textContent()) ?? '';
    await second.getByRole('button', { name: 'Mark applied' }).click();
    const card = page.locator('article.job', { has: page.getByRole('heading', { name: title, exact: true }) });
    await expectText(card.locator('.badge.applied'), /Applied on/);
    const asked: string[] = [];
    const marks = /\/marks\?/;
    await page.route(marks, async (route) => {
      const url = route.request().url().replace('limit=20', 'limit=1');
      asked.push(url);
      await route.continue({ url });
    });
    try {
      await page.getByRole('link', { name: 'Applications', exact: true }).click();
      await page.waitForURL(/#\/applications$/);
      const rows = page.locator('table.runs tbody tr');
      const more = page.getByRole('button', { name: 'Show older applications' });
      await expectText(rows.first(), title);
      await more.waitFor({ state: 'visible' });
      expect(await rows.count()).toBe(1);
      await more.click();
      await expectText(rows.nth(1), /Open \(listed \d{4}-\d{2}-\d{2}\)/);
      await more.waitFor({ state: 'hidden' });
      expect(await rows.count()).toBe(2);
      expect(asked).toHaveLength(2);
      expect(asked[0]).not.toMatch(/before=/);
      expect(asked[1]).toMatch(/state=applied&limit=1&before=[\w-]+$/);
    } finally {
      await page.unroute(marks);
    }
    await page.goBack();
    await page.waitForURL(/#\/runs\/[^/]+\/results$/);
  });

  it('shows job and company text as text: no markup from it runs', async () => {
    // A second hunt, with a company whose name carries markup and whose board the snapshot lacks
    // (so the run's error names it); the first hunt stays clean.
    await page.getByRole('link', { name: 'New hunt', exact: true }).click();
    await page.waitForURL(/#\/new$/);
    await expectText(page.getByRole('heading', { level: 1 }), 'New hunt');
    await fillHunt();
    await startHunt(trapCompanies(dir));
    await page.waitForURL(/#\/runs\/[^/]+\/results$/, { timeout: 120_000 });
    await expectText(page.locator('body'), /onerror="window.__jhInjected=1"/);
    expect(await page.evaluate('window.__jhInjected')).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(pageProblems).toEqual([]);
  });

  it('lists the hunt among the hunts and opens its results from there', async () => {
    const jobs = await page.locator('li[data-sl-item]').count();
    await page.getByRole('link', { name: 'Hunts', exact: true }).click();
    await page.waitForURL(/#\/runs$/);
    const row = page.locator('table.runs tbody tr').first();
    await expectText(row, /Partial/);
    await expectText(row.locator('td.num'), String(jobs));
    await row.getByRole('link').click();
    await page.waitForURL(/#\/runs\/[^/]+\/results$/);
    await expectText(page.getByRole('heading', { level: 1 }), /Your shortlist/);
  });

  it('shows jobs on the first screen of a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    const box = await page.locator('article.job').first().boundingBox();
    expect(box?.y).toBeLessThan(844 - 100);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(SHOTS, 'results-390.png') });
  });
});

/** The demo companies plus one whose name carries markup and whose board the snapshot lacks (so its error names it). */
function trapCompanies(dir: string): string {
  const file = path.join(dir, 'companies.yaml');
  const trap = `- name: ${JSON.stringify(`Trap Co ${TRAP}`)}\n  careersUrl: https://boards.greenhouse.io/trapco\n`;
  fs.writeFileSync(file, fs.readFileSync(path.join(DEMO_DIR, 'companies.yaml'), 'utf8') + trap);
  return file;
}

async function expectText(locator: ReturnType<Page['locator']>, text: RegExp | string): Promise<void> {
  await locator.first().waitFor();
  const until = Date.now() + 15_000;
  for (;;) {
    const shown = (await locator.first().textContent()) ?? '';
    if (typeof text === 'string' ? shown.includes(text) : text.test(shown)) return;
    if (Date.now() > until) throw new Error(`Expected ${String(text)}, the page shows: ${shown}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
