import { createHash } from 'node:crypto';
import { hostileJob, runConfig, sampleResult, scoredJob } from '../aggregator.fixtures';
import { renderHtml } from './html-report.renderer';
import { shortlistControlsScript } from './shortlist-controls';

/** The page's CSP and the text of each of its script elements. */
function cspAndScripts(html: string): { csp: string; scripts: string[] } {
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  return { csp, scripts };
}

describe('report.html', () => {
  const result = sampleResult([scoredJob('a', 91, { postedAt: '2024-05-07T09:00:00.000Z' }), hostileJob()]);
  const html = renderHtml(result);

  it('allows its one inline script by the hash of that script, and nothing else', () => {
    const { csp, scripts } = cspAndScripts(html);
    expect(scripts).toEqual([shortlistControlsScript()]);
    const hash = createHash('sha256')
      .update(scripts[0] ?? '', 'utf8')
      .digest('base64');
    const directives = Object.fromEntries(csp.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['script-src']).toEqual([`'sha256-${hash}'`]);
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(csp).not.toContain('unsafe-eval');
    // Nothing in the script's own text can end it early or hide markup in it.
    expect(shortlistControlsScript()).not.toMatch(/<\/script|<script|<!--/i);
    // No element has an inline handler (quoted attribute values, where escaped job text lives, aside).
    const tags = (html.match(/<[a-z][^>]*>/gi) ?? []).map((t) => t.replace(/"[^"]*"/g, '""'));
    expect(tags.filter((t) => /\son[a-z]+=/i.test(t))).toEqual([]);
  });

  it('escapes hostile job text in its text and in the data-* attributes the script reads', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('data-company="&lt;img src=x onerror=alert(2)&gt;"');
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).not.toMatch(/<img\b/);
    const attrs = [...html.matchAll(/ data-[a-z-]+="([^"]*)"/g)].map((m) => m[1] ?? '');
    for (const value of attrs) expect(value).not.toMatch(/[<>]/);
    // The javascript: job has no link and no Apply button.
    expect(html.match(/class="apply"/g)).toHaveLength(1);
  });

  it('writes dates as people read them: the run in its header, each posting relative to the run', () => {
    // The fixtures' run ended 2024-05-10T00:05Z.
    expect(html).toMatch(
      /<p class="meta">.*<time datetime="2024-05-10T00:05:00.000Z">10 May 2024, 00:05 UTC<\/time> \(took 5 min 0 s\)/,
    );
    expect(html).toContain('<time datetime="2024-05-07T09:00:00.000Z">Posted 2 days ago (7 May 2024)</time>');
    expect(html).toContain('Posted 9 days ago (1 May 2024)');
    expect(html).toContain('started 10 May 2024, 00:00 UTC');
    // ISO timestamps appear only in machine-readable attributes.
    const text = html.replace(/<[^>]*>/g, ' ');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it("counts each posting's age to the run's reference time (a replayed market's day), not to its end", () => {
    const replayed = sampleResult([scoredJob('a', 91, { postedAt: '2024-04-28T09:00:00.000Z' })], {
      config: runConfig({ now: '2024-04-30T12:00:00.000Z' }),
    });
    const page = renderHtml(replayed);
    expect(page).toContain('Posted 2 days ago (28 Apr 2024)');
    expect(page).toContain('data-age="2"');
    // A result stored before it kept its reference time counts to its end, as before.
    expect(renderHtml({ ...replayed, asOf: undefined })).toContain('data-age="11"');
  });

  it('puts search, sort and the filters the jobs have above the lists, hidden until the script shows them', () => {
    expect(html).toContain('<section class="controls" data-sl-controls hidden');
    expect(html).toContain('<option value="pay desc">Highest pay</option>');
    expect(html).toContain('<option value="Bengaluru, India">Bengaluru, India (1)</option>');
    expect(html).toContain('<option value="hybrid">Hybrid</option>');
    expect(html).not.toContain('<option value="remote">');
    expect(html).toContain('<span data-sl-count>2 of 2</span> jobs shown');
    expect(html.indexOf('data-sl-controls')).toBeLessThan(html.indexOf('data-sl-list'));
    expect(renderHtml(sampleResult([]))).not.toContain('<section class="controls"');
  });

  it('folds the run details into a summary line, so a phone shows jobs first', () => {
    expect(html).toContain(
      '<details class="run-details" data-sl-open-wide>\n<summary>What we understood, and what the filters dropped (22)</summary>',
    );
    expect(html.indexOf('</details>')).toBeLessThan(html.indexOf('class="job"'));
  });
});
