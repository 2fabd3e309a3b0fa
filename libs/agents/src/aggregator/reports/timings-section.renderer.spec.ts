import { sampleResult, scoredJob } from '../aggregator.fixtures';
import { renderHtml } from './html-report.renderer';
import { durationLabel, timingsSection } from './timings-section.renderer';

describe('the time per step in the report', () => {
  it('lists each step with its time, in the order the result gives', () => {
    const result = {
      ...sampleResult([scoredJob('a', 91)]),
      timings: { parseResume: 420, scrapeJobs: 12_340, notify: 125_000 },
    };
    const html = renderHtml(result);
    expect(html).toContain('<summary>Time per step</summary>');
    const rows = [...html.matchAll(/<tr><td>([^<]+)<\/td><td class="num">([^<]+)<\/td><\/tr>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(rows).toEqual([
      ['parseResume', '420 ms'],
      ['scrapeJobs', '12.3 s'],
      ['notify', '2 min 5 s'],
    ]);
  });

  it('is left out for a run stored before runs kept timings', () => {
    expect(timingsSection({})).toBe('');
    expect(renderHtml(sampleResult([scoredJob('a', 91)]))).not.toContain('Time per step');
    expect(durationLabel(999)).toBe('999 ms');
  });
});
