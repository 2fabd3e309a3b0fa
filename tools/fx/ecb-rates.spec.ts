import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FxRatesFile } from '@job-hunter/domain';
import { applyEcbRates, parseEcbXml, usdPerUnit } from './ecb-rates';

// A saved copy of https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml (rates of 2024-06-28).
const SAMPLE = readFileSync(join(__dirname, 'ecb-sample.xml'), 'utf8');

const file = (): FxRatesFile => ({
  base: 'USD',
  sets: [
    { date: '2024-05-02', source: 'hand-written', rates: { KZT: 0.0019, BGN: 0.56 } },
    { date: '2024-05-01', source: 'hand-written', rates: { EUR: 1.1, GBP: 1.3, SEK: 0.095, INR: 0.012 } },
  ],
  unpriced: { 'no dependable quote': ['VES'] },
});

describe('parseEcbXml', () => {
  it('reads the date and every rate of the saved ECB file', () => {
    const ecb = parseEcbXml(SAMPLE);
    expect(ecb.date).toBe('2024-06-28');
    expect(Object.keys(ecb.perEuro)).toHaveLength(30);
    expect(ecb.perEuro['USD']).toBe(1.0705);
    expect(ecb.perEuro['IDR']).toBe(17487.21);
    expect(ecb.perEuro['GBP']).toBe(0.84638);
  });

  it.each([
    ['no date', SAMPLE.replace(/<Cube time='[^']*'>/, '<Cube>'), /one dated <Cube/],
    ['no USD', SAMPLE.replace(/<Cube currency='USD'[^>]*>/, ''), /no USD rate/],
    [
      'a rate that is not a number',
      SAMPLE.replace("rate='171.94'", "rate='n/a'"),
      /JPY .* not a positive number: n\/a/,
    ],
    ['an error page', '<html>Service unavailable</html>', /one dated <Cube/],
  ])('refuses a file with %s', (_name, xml, message) => {
    expect(() => parseEcbXml(xml)).toThrow(message);
  });
});

describe('usdPerUnit', () => {
  it('turns units per euro into US dollars per unit, the euro included', () => {
    const usd = usdPerUnit(parseEcbXml(SAMPLE));
    expect(usd['EUR']).toBe(1.0705);
    expect(usd['GBP']).toBeCloseTo(1.0705 / 0.84638, 5);
    expect(usd['JPY']).toBeCloseTo(1.0705 / 171.94, 8);
    expect(usd['USD']).toBeUndefined();
  });
});

describe('applyEcbRates', () => {
  const { file: next, updated, skipped } = applyEcbRates(file(), parseEcbXml(SAMPLE));

  it('puts the ECB rates first, dated and sourced, for the currencies the file prices', () => {
    expect(updated).toEqual(['BGN', 'EUR', 'GBP', 'INR', 'SEK']);
    expect(next.sets[0]?.date).toBe('2024-06-28');
    expect(next.sets[0]?.source).toMatch(/European Central Bank .* 2024-06-28/);
    expect(next.sets[0]?.rates['SEK']).toBeCloseTo(1.0705 / 11.3595, 6);
  });

  it('keeps the other rates with their own date and drops sets left empty', () => {
    expect(next.sets.slice(1)).toEqual([{ date: '2024-05-02', source: 'hand-written', rates: { KZT: 0.0019 } }]);
    expect(next.unpriced).toEqual(file().unpriced);
  });

  it('leaves out what the ECB quotes but nothing here prices', () => {
    expect(skipped).toContain('JPY');
    expect(skipped).not.toContain('EUR');
    expect(next.sets[0]?.rates['JPY']).toBeUndefined();
  });

  it('gives the same file when run twice on the same day', () => {
    expect(applyEcbRates(next, parseEcbXml(SAMPLE)).file).toEqual(next);
  });

  it('refuses to replace newer rates with an older saved file', () => {
    const newer = file();
    newer.sets = newer.sets.map((s) => (s.rates['EUR'] ? { ...s, date: '2026-11-27' } : s));
    expect(() => applyEcbRates(newer, parseEcbXml(SAMPLE))).toThrow(/2024-06-28 are older than the set of 2026-11-27/);
  });
});
