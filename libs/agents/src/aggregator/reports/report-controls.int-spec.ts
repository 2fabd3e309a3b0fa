import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResultJob, RunResult } from '@job-hunter/domain';
import type { Browser, Page } from 'playwright-core';
import { sampleResult } from '../aggregator.fixtures';
import { renderHtml } from './html-report.renderer';

/**
 * report.html in real headless Chromium, opened from a file with no network: the inline
 * search/sort/filter script runs under the page's CSP, works on the rendered jobs, and no script
 * written in job text ever runs. The run ended 2024-05-10T00:05Z (the fixtures' finishedAt).
 */
const CHROMIUM = '/usr/bin/chromium';
const describeChromium = existsSync(CHROMIUM) ? describe : describe.skip;

function job(rank: number, over: Partial<ResultJob>): ResultJob {
  return {
    rank,
    jobKey: `key-${rank}`,
    score: 90 - rank,
    title: `Job ${rank}`,
    company: `Company ${rank}`,
    location: 'Bengaluru, India',
    remote: 'hybrid',
    postedAt: null,
    applyUrl: `https://jobs.example.com/${rank}`,
    ats: 'greenhouse',
    matchedSkills: [],
    missingSkills: [],
    reasons: [],
    ...over,
  };
}

/** Four matches and a near miss, with facets that make each control's answer distinct. */
function fixtureResult(): RunResult {
  const result = sampleResult([]);
  result.jobs = [
    job(1, {
      title: 'Senior Backend Engineer',
      company: 'Acme',
      postedAt: '2024-05-08T10:00:00.000Z',
      salary: '₹45–60 LPA',
      matchedSkills: ['Kafka', 'Go'],
      reasons: ['Uses Kafka daily'],
    }),
    job(2, {
      title: 'Staff Platform Engineer',
      company: 'Zeta Cloud',
      location: 'Remote worldwide',
      remote: 'remote',
      postedAt: '2024-04-01T10:00:00.000Z',
      salary: '$150k–$180k / year',
    }),
    job(3, {
      title: 'Backend Engineer',
      company: 'Beta Pay',
      location: 'Berlin, Germany',
      remote: 'onsite',
      postedAt: '2024-05-09T10:00:00.000Z',
      salary: '€70k–€90k / year',
      reasons: ['Zürich office welcome'],
    }),
    job(4, {
      title: '<script>window.__pwned = 1</script>',
      company: '"><img src=x onerror="window.__pwned = 2">',
      location: '</script><script>window.__pwned = 3</script>',
      applyUrl: 'javascript:window.__pwned = 4',
      matchedSkills: ['<svg onload="window.__pwned = 5">'],
      reasons: ["' onmouseover='window.__pwned = 6"],
    }),
  ];
  result.nearMisses = [
    job(1, { title: 'Junior Developer', company: 'Kappa', location: 'Remote (India)', remote: 'remote', score: 40 }),
  ];
  return result;
}

describeChromium('report.html in headless Chromium', () => {
  let browser: Browser;
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'jh-report-'));
    file = join(dir, 'report.html');
    writeFileSync(file, renderHtml(fixtureResult()));
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  interface Opened {
    page: Page;
    problems: string[];
  }

  /** The report at a width, with every console error, page error and CSP violation collected. */
  async function open(width = 1280, height = 900): Promise<Opened> {
    const page = await browser.newPage({ viewport: { width, height } });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.addInitScript({
      content: `document.addEventListener('securitypolicyviolation', (e) => {
        (window.violations ??= []).push(e.violatedDirective);
      });`,
    });
    await page.goto(`file://${file}`);
    return { page, problems };
  }

  /** Titles of the shown items of the shortlist (first list) and of the near misses (second). */
  async function shown(page: Page): Promise<string[][]> {
    const lists = await page.locator('[data-sl-list]').all();
    return Promise.all(lists.map((list) => list.locator('li.job:not([hidden]) h2').allTextContents()));
  }

  /** What the page's own code sees, evaluated as text (these specs compile without the DOM library). */
  const pwned = (page: Page) => page.evaluate('window.__pwned');
  const violations = (page: Page) => page.evaluate('window.violations');

  const count = (page: Page) => page.locator('[data-sl-count]').textContent();

  it('runs its one script under the CSP, and nothing written in job text runs', async () => {
    const { page, problems } = await open();
    await expect(page.locator('[data-sl-controls]').isVisible()).resolves.toBe(true);
    expect(await count(page)).toBe('5 of 5');
    expect(await pwned(page)).toBeUndefined();
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('img, svg, iframe, object').count()).toBe(0);
    await expect(page.locator('text=<script>window.__pwned = 1</script>').count()).resolves.toBe(1);
    expect(await violations(page)).toBeUndefined();
    expect(problems).toEqual([]);

    // The CSP is in force: a script added now is refused and reported.
    await page.evaluate(
      `document.body.append(Object.assign(document.createElement('script'), { textContent: 'window.__pwned = 7' }))`,
    );
    expect(await pwned(page)).toBeUndefined();
    expect(await violations(page)).toEqual(['script-src-elem']);
    await page.close();
  });

  it('narrows by search over title, company, skills and reasons, ignoring case and accents', async () => {
    const { page } = await open();
    const search = page.locator('[data-sl-search]');
    await search.fill('kafka');
    expect(await shown(page)).toEqual([['Senior Backend Engineer'], []]);
    await search.fill('ZURICH');
    expect(await shown(page)).toEqual([['Backend Engineer'], []]);
    await search.fill('zeta platform');
    expect(await shown(page)).toEqual([['Staff Platform Engineer'], []]);
    await search.fill('nothing like this');
    expect(await shown(page)).toEqual([[], []]);
    expect(await count(page)).toBe('0 of 5');
    await expect(page.locator('[data-sl-empty]').isVisible()).resolves.toBe(true);
    await search.fill('');
    expect(await count(page)).toBe('5 of 5');
    await expect(page.locator('[data-sl-empty]').isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('sorts by pay, date and company, jobs without the value last, and back to the best match', async () => {
    const { page } = await open();
    const sort = page.locator('[data-sl-sort]');
    const hostile = '<script>window.__pwned = 1</script>';
    await sort.selectOption('pay desc');
    // $180k, then €90k (about $99k), then ₹60 LPA (about $72k), then the job with no pay.
    expect((await shown(page))[0]).toEqual([
      'Staff Platform Engineer',
      'Backend Engineer',
      'Senior Backend Engineer',
      hostile,
    ]);
    await sort.selectOption('posted desc');
    expect((await shown(page))[0]).toEqual([
      'Backend Engineer',
      'Senior Backend Engineer',
      'Staff Platform Engineer',
      hostile,
    ]);
    await sort.selectOption('company asc');
    expect((await shown(page))[0]).toEqual([
      hostile,
      'Senior Backend Engineer',
      'Backend Engineer',
      'Staff Platform Engineer',
    ]);
    await sort.selectOption('score desc');
    expect((await shown(page))[0]).toEqual([
      'Senior Backend Engineer',
      'Staff Platform Engineer',
      'Backend Engineer',
      hostile,
    ]);
    await page.close();
  });

  it('filters by work model, place, level and posting age, together with the search', async () => {
    const { page } = await open();
    await page.locator('[data-sl-filter="remote"]').selectOption('remote');
    expect(await shown(page)).toEqual([['Staff Platform Engineer'], ['Junior Developer']]);
    await page.locator('[data-sl-filter="remote"]').selectOption('');

    await page.locator('[data-sl-filter="place"]').selectOption('India');
    expect(await shown(page)).toEqual([['Senior Backend Engineer'], ['Junior Developer']]);
    await page.locator('[data-sl-filter="place"]').selectOption('Anywhere (remote)');
    expect(await shown(page)).toEqual([['Staff Platform Engineer'], []]);
    await page.locator('[data-sl-filter="place"]').selectOption('');

    await page.locator('[data-sl-filter="level"]').selectOption('staff');
    expect(await shown(page)).toEqual([['Staff Platform Engineer'], []]);
    await page.locator('[data-sl-filter="level"]').selectOption('junior');
    expect(await shown(page)).toEqual([[], ['Junior Developer']]);
    await page.locator('[data-sl-filter="level"]').selectOption('');

    // Posted within 3 days of the run: the jobs of 8 and 9 May; an undated job is not "recent".
    await page.locator('[data-sl-max="age"]').selectOption('3');
    expect(await shown(page)).toEqual([['Senior Backend Engineer', 'Backend Engineer'], []]);
    await page.locator('[data-sl-search]').fill('berlin');
    expect(await shown(page)).toEqual([['Backend Engineer'], []]);
    expect(await count(page)).toBe('1 of 5');
    await page.close();
  });

  it('gives each job with an http(s) link an Apply button that opens it in a new tab, without an opener', async () => {
    const { page } = await open();
    const apply = page.locator('a.apply');
    expect(await apply.count()).toBe(4);
    expect(await apply.first().getAttribute('href')).toBe('https://jobs.example.com/1');
    for (const a of await apply.all()) {
      expect(await a.getAttribute('target')).toBe('_blank');
      expect(await a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    await page.close();
  });

  it('shows a job on the first screen of a 390 px phone, the run details folded; open on a wide screen', async () => {
    const phone = await open(390, 844);
    const box = await phone.page.locator('.job').first().boundingBox();
    expect(box?.y).toBeLessThan(844 - 100);
    await expect(phone.page.locator('details.run-details').getAttribute('open')).resolves.toBeNull();
    expect(await phone.page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await phone.page.close();
    const wide = await open(1280, 900);
    await expect(wide.page.locator('details.run-details').getAttribute('open')).resolves.toBe('');
    await wide.page.close();
  });
});
