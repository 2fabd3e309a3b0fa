/**
 * Refreshes data/fx/rates.json from the ECB's euro reference rates (needs the network; a maintainer
 * runs it, never a test or a run). The currencies the ECB quotes get today's rates, in US dollars per
 * unit; the others keep their older, dated rates, so every conversion still says how old its rates are.
 *
 *   node -r ./tools/bench/register.cjs tools/fx/refresh-rates.ts [--from saved-eurofxref-daily.xml]
 *
 * Then run `npx jest libs/domain/src/rules/matching --selectProjects unit` and read the diff.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { FxRatesFile } from '@job-hunter/domain';
import { ECB_DAILY_URL, applyEcbRates, parseEcbXml } from './ecb-rates';

const RATES = resolve(__dirname, '../..', join('data', 'fx', 'rates.json'));

async function ecbXml(from: string | undefined): Promise<string> {
  if (from) return readFileSync(from, 'utf8');
  const res = await fetch(ECB_DAILY_URL, { signal: AbortSignal.timeout(30_000) });
  if (!res.ok) throw new Error(`${ECB_DAILY_URL} answered HTTP ${res.status}`);
  return res.text();
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { from: { type: 'string' } } });
  const ecb = parseEcbXml(await ecbXml(values.from));
  const current = JSON.parse(readFileSync(RATES, 'utf8')) as FxRatesFile;
  const { file, updated, skipped } = applyEcbRates(current, ecb);
  // Written beside and renamed over, so a failed write never leaves half a file.
  writeFileSync(`${RATES}.tmp`, JSON.stringify(file, null, 2) + '\n');
  renameSync(`${RATES}.tmp`, RATES);
  process.stdout.write(`fx: ${updated.length} rates of ${ecb.date} from the ECB (${updated.join(' ')})\n`);
  if (skipped.length) process.stdout.write(`fx: not in the table, left out: ${skipped.join(' ')}\n`);
  const older = file.sets.filter((s) => s.date !== ecb.date);
  for (const s of older) process.stdout.write(`fx: ${Object.keys(s.rates).length} rates kept from ${s.date}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`fx refresh failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
