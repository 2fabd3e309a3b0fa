import { AggregatorAgent } from './aggregator.agent';
import { buildInput, hostileJob, runConfig, sampleResult, sampleUnderstanding, scoredJob } from './aggregator.fixtures';
import { renderCsv } from './reports/csv-report.renderer';
import { renderHtml } from './reports/html-report.renderer';
import { serialiseResult } from './reports/report-columns';
import { shortlistControlsScript } from './reports/shortlist-controls';

describe('AggregatorAgent.buildResult', () => {
  const agent = new AggregatorAgent();

  it('ranks with the configured top and per-company cap and fills the contract fields', () => {
    const scored = [
      scoredJob('a1', 90),
      scoredJob('a2', 80, { company: 'ACME' }),
      scoredJob('b1', 85, { company: 'Beta' }),
      scoredJob('c1', 70, { company: 'Gamma' }),
    ];
    const config = runConfig({ top: 2, maxPerCompany: 1, engine: 'anthropic', orchestrator: 'temporal', runId: 'r9' });
    const result = agent.buildResult(buildInput(scored, { config }));
    expect(result.jobs.map((j) => [j.rank, j.company, j.score])).toEqual([
      [1, 'Acme', 90],
      [2, 'Beta', 85],
    ]);
    expect(result).toMatchObject({ runId: 'r9', status: 'success', engine: 'anthropic', orchestrator: 'temporal' });
    expect(result.asOf).toBe(config.now);
    expect(result.stats.jobsInOutput).toBe(2);
    expect(result.stats.dropped).toEqual({ location: 20, excluded_company: 2 });
  });

  it('is partial when errors exist, unless a status is given', () => {
    const errors = [{ stage: 'scrape', code: 'BOARD_TIMEOUT', message: 'slow', company: 'Acme' }];
    expect(agent.buildResult(buildInput([], { errors })).status).toBe('partial');
    expect(agent.buildResult(buildInput([], { errors, status: 'failed' })).status).toBe('failed');
  });
});

describe('report renderers', () => {
  it('writes CSV with RFC 4180 quoting and neutralised formulas', () => {
    const csv = renderCsv(sampleResult());
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'rank,score,title,company,location,remote,postedAt,salary,applyUrl,ats,matchedSkills,missingSkills,reasons',
    );
    expect(csv.endsWith('\r\n')).toBe(true);
    const evil = lines[1] ?? '';
    expect(evil).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(evil).toContain(`"""quoted"", with comma; +cmd|calc; @SUM(A1)"`);
    expect(evil).toContain('TypeScript; PostgreSQL');
    expect(evil.startsWith('1,99,<script>alert(1)</script>,<img src=x onerror=alert(2)>,')).toBe(true);
  });

  it('neutralises a cell whose list starts with a formula character', () => {
    const job = scoredJob('f', 50, {}, ['-1+1 years']);
    const lines = renderCsv(sampleResult([job])).split('\r\n');
    expect(lines[1]?.endsWith(",'-1+1 years")).toBe(true);
  });

  it('escapes every hostile value in the HTML report and never links a javascript: URL', () => {
    const understanding = sampleUnderstanding();
    const html = renderHtml(sampleResult(undefined, { understanding }), { understanding });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('&lt;b&gt;me&lt;/b&gt; Lending');
    expect(html).toContain(
      '<a href="https://boards.greenhouse.io/acme/jobs/a" target="_blank" rel="noopener noreferrer">Backend Engineer a</a>',
    );
    // Every link in the report is http(s) and carries rel="noopener noreferrer": the safe job's
    // title and its Apply button; the javascript: one gets neither.
    const anchors = html.match(/<a [^>]*>/g) ?? [];
    expect(anchors).toHaveLength(2);
    for (const a of anchors)
      expect(a).toMatch(/^<a (class="apply" )?href="https?:\/\/[^"]+" target="_blank" rel="noopener noreferrer"[ >]/);
    expect(html).not.toMatch(/<(link|img)\b/);
    // The one script is the page's own controls script.
    expect(html.match(/<script\b/g)).toEqual(['<script']);
    expect(html).toContain(`<script>${shortlistControlsScript()}</script>`);
    expect(html).toContain('Outside your locations');
  });

  it('opens with what the run understood and the drop counts, before the first job', () => {
    const understanding = sampleUnderstanding({
      warnings: ['Nothing could be read from the preferences "asdf"'],
      disagreements: [{ field: 'maxAgeDays', rules: null, claude: 30 }],
      readBy: 'rules+claude',
    });
    const html = renderHtml(sampleResult(undefined, { understanding }), { understanding });
    const understood = html.indexOf('What we understood');
    expect(understood).toBeGreaterThan(0);
    expect(html.indexOf('Dropped by the filters')).toBeGreaterThan(understood);
    expect(html.indexOf('class="job"')).toBeGreaterThan(html.indexOf('Dropped by the filters'));
    expect(html).toContain('<b>Levels</b> senior–staff');
    expect(html).toContain('<b>Pay</b> ≥ ₹40,00,000 a year');
    expect(html).toContain('<b>Posted</b> last 30 days <span class="muted">(from resume)</span>');
    expect(html).toContain(
      '<b>Candidate</b> Senior Backend Engineer · 8 years · senior · Bengaluru, India · Go, PostgreSQL',
    );
    expect(html).toContain('Nothing could be read from the preferences &quot;asdf&quot;');
    expect(html).toContain('<b>maxAgeDays</b> differently: rules null, Claude 30');
    expect(html).toContain('Read by the rules and Claude.');
  });

  it('says so when a stored result has no reading', () => {
    expect(renderHtml(sampleResult())).toContain('stored before runs kept their reading');
  });

  it('shows errors and an empty state', () => {
    const html = renderHtml(
      sampleResult([], {
        errors: [{ stage: 'scrape', code: 'BOARD_TIMEOUT', message: 'Board <slow>', company: 'Acme' }],
      }),
    );
    expect(html).toContain('Board &lt;slow&gt;');
    expect(html).toContain('status-partial');
    expect(html).toContain('No job made the shortlist');
  });

  it('lists the run’s warnings, escaped, and no section when there are none', () => {
    const warned = renderHtml(sampleResult([], { warnings: ['Companies file: "A<b>" is the same job board as "B"'] }));
    expect(warned).toContain('<h3>Warnings</h3>');
    expect(warned).toContain('A&lt;b&gt;');
    expect(warned).not.toContain('A<b>');
    expect(renderHtml(sampleResult([]))).not.toContain('Warnings');
  });

  it('serialises the result without the files map', () => {
    const understanding = sampleUnderstanding();
    const result = { ...sampleResult([hostileJob()], { understanding }), files: { json: '/x/results.json' } };
    const parsed = JSON.parse(serialiseResult(result)) as Record<string, unknown>;
    expect(parsed).not.toHaveProperty('files');
    expect(Object.keys(parsed)).toEqual([
      'runId',
      'status',
      'orchestrator',
      'engine',
      'startedAt',
      'finishedAt',
      'asOf',
      'stats',
      'cost',
      'errors',
      'jobs',
      'reading',
      'filledFromResume',
    ]);
    expect(parsed['reading']).toEqual(understanding.reading);
    expect(parsed['filledFromResume']).toEqual({ maxAgeDays: 30 });
  });
});
