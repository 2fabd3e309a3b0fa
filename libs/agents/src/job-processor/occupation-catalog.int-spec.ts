import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { matchOccupation } from '@job-hunter/domain';
import { findOccupationsPath, loadOccupationCatalog, writeCompiledOccupations } from './occupation-catalog.loader';

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

  describe('its compiled copy (written by the build)', () => {
    let root: string;
    let yaml: string;
    beforeEach(() => {
      root = mkdtempSync(join(tmpdir(), 'jh-occupations-'));
      yaml = join(root, 'data', 'occupations', 'occupations.yaml');
      mkdirSync(join(root, 'data', 'occupations'), { recursive: true });
      cpSync(findOccupationsPath() ?? '', yaml);
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('is read in place of the YAML it was compiled from', () => {
      const out = writeCompiledOccupations(join(root, 'dist'), yaml);
      expect(out).toBe(join(root, 'dist', 'data', 'occupations.json'));
      // A marker only the compiled copy has shows which file the catalog came from.
      const compiled = JSON.parse(readFileSync(out, 'utf8')) as { data: Record<string, unknown[]> };
      compiled.data['marker'] = [{ id: 'compiled-marker', name: 'compiled copy marker', titles: [] }];
      writeFileSync(out, JSON.stringify(compiled));
      expect(loadOccupationCatalog(yaml).idOfName('compiled copy marker')).toBeDefined();
    });

    it('is ignored once the YAML changes, and when it is not JSON', () => {
      const out = writeCompiledOccupations(join(root, 'dist'), yaml);
      const compiled = JSON.parse(readFileSync(out, 'utf8')) as { data: Record<string, unknown[]> };
      compiled.data['marker'] = [{ id: 'compiled-marker', name: 'compiled copy marker', titles: [] }];
      writeFileSync(out, JSON.stringify(compiled));
      writeFileSync(yaml, `${readFileSync(yaml, 'utf8')}\n# edited\n`);
      const edited = loadOccupationCatalog(yaml);
      expect(edited.idOfName('compiled copy marker')).toBeUndefined();
      expect(edited.idOfName('backend engineer')).toBeDefined();
      const other = join(root, 'other', 'data', 'occupations', 'occupations.yaml');
      mkdirSync(join(root, 'other', 'data', 'occupations'), { recursive: true });
      cpSync(yaml, other);
      mkdirSync(join(root, 'other', 'dist', 'data'), { recursive: true });
      writeFileSync(join(root, 'other', 'dist', 'data', 'occupations.json'), '{"sha256": "half-writ');
      expect(loadOccupationCatalog(other).idOfName('backend engineer')).toBeDefined();
    });
  });
});
