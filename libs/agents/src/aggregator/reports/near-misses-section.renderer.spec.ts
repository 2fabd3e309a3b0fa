import { hostileJob, sampleResult, scoredJob } from '../aggregator.fixtures';
import { renderHtml } from './html-report.renderer';
import { nearMissesSection } from './near-misses-section.renderer';

const card = (job: { title: string }) => `<li>${job.title}</li>`;

describe('the near misses of a result', () => {
  it('keep jobs below JH_MIN_SCORE out of the shortlist and list the best of them apart', () => {
    const result = sampleResult([scoredJob('a', 91), scoredJob('b', 72), scoredJob('c', 41)], { minScore: 60 });
    expect(result.jobs.map((j) => j.score)).toEqual([91, 72]);
    expect(result.nearMisses?.map((j) => j.score)).toEqual([41]);
    expect(result.nearMisses?.[0]?.reasons[0]).toMatch(/^Scored 41, below the 60/);
    expect(result.stats.goodMatches).toBe(2);
  });

  it('are absent when every scored job is a match', () => {
    const result = sampleResult([scoredJob('a', 91)], { minScore: 60 });
    expect(result.nearMisses).toBeUndefined();
    expect(nearMissesSection(result, card)).toBe('');
  });

  it('say plainly how many good matches there are when fewer than ten, after the shortlist', () => {
    const result = sampleResult([scoredJob('a', 91), scoredJob('b', 72), scoredJob('c', 41)], { minScore: 60 });
    expect(nearMissesSection(result, card)).toContain('2 good matches this time');
    const html = renderHtml(result);
    expect(html.indexOf('Near misses')).toBeGreaterThan(html.lastIndexOf('#2<'));
  });

  it('escape what the board wrote', () => {
    const result = sampleResult([hostileJob()], { minScore: 101 });
    expect(result.nearMisses).toHaveLength(1);
    const html = renderHtml(result);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // The only script is the page's own, after the lists.
    expect(html.match(/<script/gi)).toEqual(['<script']);
    expect(html.indexOf('<script')).toBeGreaterThan(html.indexOf('Near misses'));
  });
});
