import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { matchOccupation } from '@job-hunter/domain';
import { findOccupationsPath, loadOccupationCatalog } from './occupation-catalog.loader';

// The real recorded market beside the repository (243 Ashby boards, 5,699 jobs); absent in a
// clean clone of this repository alone, so the coverage test skips there.
const MARKET = resolve(__dirname, '..', '..', '..', '..', '..', 'shared', 'fixtures', 'real-market');
const BOARDS = join(MARKET, 'snapshot', 'api.ashbyhq.com', 'posting-api', 'job-board');
const haveMarket = existsSync(BOARDS);

function realTitles(): string[] {
  return readdirSync(BOARDS).flatMap((file) => {
    const board = JSON.parse(readFileSync(join(BOARDS, file), 'utf8')) as { jobs?: Array<{ title?: string }> };
    return (board.jobs ?? []).map((j) => j.title ?? '');
  });
}

describe('the occupations file', () => {
  it('is found from the sources and loads into a catalog once', () => {
    const path = findOccupationsPath();
    expect(path).toMatch(/data[/\\]occupations[/\\]occupations\.yaml$/);
    expect(loadOccupationCatalog(path)).toBe(loadOccupationCatalog(path));
  });

  (haveMarket ? it : it.skip)('maps at least 95 % of the real market titles to an occupation', () => {
    const catalog = loadOccupationCatalog();
    const titles = realTitles();
    expect(titles.length).toBeGreaterThan(5000);
    const mapped = titles.filter((t) => matchOccupation(catalog, t) !== null).length;
    expect(mapped / titles.length).toBeGreaterThanOrEqual(0.95);
  });
});
