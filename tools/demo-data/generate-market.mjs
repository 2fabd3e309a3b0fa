#!/usr/bin/env node
// Generates the bundled offline demo market (data/demo/snapshot, companies.yaml,
// market.json, expected.json). Deterministic: a seeded PRNG and a fixed reference
// date, so re-running it reproduces the same bytes.
//   node tools/demo-data/generate-market.mjs [--out data/demo]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { createRng } from './lib/prng.mjs';
import { COMPANIES, careersUrl } from './lib/companies.mjs';
import { CURATED } from './lib/curated.mjs';
import { FAMILIES, titled } from './lib/roles.mjs';
import { place, reachableFromBengaluru } from './lib/places.mjs';
import { band, currencyFor } from './lib/salary.mjs';
import { RENDER, boardFiles, outDirFromArgs, weighted } from './lib/market-kit.mjs';

export const RECORDED_AT = '2026-11-20T00:00:00.000Z';
const SEED = 20261120;

const outDir = outDirFromArgs('data/demo');

const FAMILY_WEIGHTS = [
  ['backend', 5],
  ['platform', 3],
  ['frontend', 4],
  ['fullstack', 3],
  ['data', 3],
  ['ml', 2],
  ['mobile', 2],
  ['security', 1],
  ['qa', 2],
  ['product', 3],
  ['design', 2],
  ['datascience', 2],
  ['sales', 4],
  ['support', 3],
  ['manager', 2],
];
const SENIORITY_WEIGHTS = [
  ['intern', 3],
  ['junior', 12],
  ['mid', 30],
  ['senior', 32],
  ['staff', 12],
  ['principal', 6],
  ['director', 5],
];

function withPlaces(spec, keys, rng) {
  const places = keys.map((key) => {
    const p = place(key);
    return { key, place: p, label: spec.label && key === keys[0] ? spec.label : rng.pick(p.labels) };
  });
  return { ...spec, places };
}

/** Random jobs around the curated ones; a persona-compatible senior backend or platform job is only ever curated. */
function fillerSpecs(company, rng, taken) {
  const out = [];
  while (out.length < company.filler) {
    const family = weighted(rng, FAMILY_WEIGHTS);
    let seniority = weighted(rng, SENIORITY_WEIGHTS);
    if (seniority === 'intern' && ['sales', 'support', 'manager', 'product'].includes(family)) seniority = 'junior';
    if (family === 'manager' && !['senior', 'director'].includes(seniority)) seniority = 'senior';
    const key = rng.pick(company.offices);
    const p = place(key);
    const work = p.kind === 'remote' ? 'remote' : rng.pick(['hybrid', 'hybrid', 'onsite']);
    const r = rng.next();
    let days = r < 0.55 ? rng.int(1, 58) : r < 0.8 ? rng.int(62, 120) : rng.int(121, 200);
    const sensitive =
      ['backend', 'platform'].includes(family) &&
      ['senior', 'staff'].includes(seniority) &&
      reachableFromBengaluru(key, work);
    if (sensitive) {
      if (rng.chance(0.5)) seniority = rng.pick(['junior', 'mid']);
      else days = rng.int(125, 200);
    }
    const title = titled(family, rng.pick(FAMILIES[family].titles), seniority);
    if (taken.has(`${title}|${key}`)) continue;
    taken.add(`${title}|${key}`);
    const type =
      seniority === 'intern'
        ? 'intern'
        : family === 'support' && rng.chance(0.3)
          ? 'part-time'
          : rng.chance(0.05)
            ? 'contract'
            : 'full-time';
    const isEng = ['Engineering', 'Data', 'Security'].includes(FAMILIES[family].department);
    const salary = rng.chance(0.55) ? band(currencyFor(p), seniority, isEng, rng) : null;
    const keys = [key];
    if (rng.chance(0.12)) {
      const other = rng.pick(company.offices.filter((k) => k !== key));
      if (other && !(sensitive && reachableFromBengaluru(other, work))) keys.push(other);
    }
    out.push(
      withPlaces({ c: company.key, title, family, seniority, work, days, type, salary, expect: 'filler' }, keys, rng),
    );
  }
  return out;
}

function shuffle(list, rng) {
  const a = [...list];
  for (let i = a.length - 1; i > 0; i--) {
    const k = rng.int(0, i);
    [a[i], a[k]] = [a[k], a[i]];
  }
  return a;
}

function main() {
  const rng = createRng(SEED);
  const refMs = Date.parse(RECORDED_AT);
  let idSeq = 7100000;
  const deptIds = new Map();
  const ctx = {
    rng,
    refMs,
    nextId: () => (idSeq += rng.int(1000, 90000)),
    deptId: (c, name) => {
      const k = `${c.key}|${name}`;
      if (!deptIds.has(k)) deptIds.set(k, deptIds.size + 1);
      return deptIds.get(k);
    },
  };
  const snapDir = join(outDir, 'snapshot');
  rmSync(snapDir, { recursive: true, force: true });
  const expected = { recordedAt: RECORDED_AT, good: [], dropped: [] };
  let total = 0;
  for (const company of COMPANIES) {
    const taken = new Set();
    const curated = CURATED.filter((s) => s.c === company.key).map((s) => {
      taken.add(`${s.title}|${s.place}`);
      return withPlaces(s, s.places ?? (s.place ? [s.place] : []), rng);
    });
    const specs = [...curated, ...fillerSpecs(company, rng, taken)];
    const jobs = [];
    for (const spec of specs) {
      const first = RENDER[company.ats](spec, company, ctx);
      jobs.push(first);
      for (let n = 1; n < (spec.copies ?? 1); n++) jobs.push(duplicate(first, company, ctx));
      if (spec.expect === 'good')
        expected.good.push({
          company: company.name,
          title: spec.title,
          location: spec.places.map((p) => p.label).join('; '),
          copies: spec.copies ?? 1,
        });
      else if (spec.expect !== 'filler')
        expected.dropped.push({ company: company.name, title: spec.title, why: spec.expect });
    }
    const ordered = shuffle(jobs, rng);
    for (const { path, body } of boardFiles(company, ordered)) {
      const file = join(snapDir, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, body);
    }
    total += ordered.length;
  }
  const companiesYaml = COMPANIES.map((c) => ({
    name: c.name,
    careersUrl: careersUrl(c),
    // A branded SuccessFactors host does not show which ATS it runs: the entry names it (contract §3).
    ...(c.ats === 'successfactors' ? { ats: c.ats, board: c.board } : {}),
    industries: c.industries,
    regions: c.regions,
  }));
  writeFileSync(
    join(outDir, 'companies.yaml'),
    `# The demo market's companies (fictional). Generated by tools/demo-data/generate-market.mjs.\n${stringify(companiesYaml)}`,
  );
  writeFileSync(
    join(outDir, 'market.json'),
    `${JSON.stringify({ recordedAt: RECORDED_AT, companies: COMPANIES.length, jobs: total }, null, 2)}\n`,
  );
  writeFileSync(join(outDir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
  process.stderr.write(
    `demo market: ${COMPANIES.length} companies, ${total} jobs, ${expected.good.length} good for the persona → ${outDir}\n`,
  );
}

/** The same posting again under a new id, as boards show a job cross-posted twice. */
function duplicate(job, company, ctx) {
  if (!['greenhouse', 'lever', 'ashby'].includes(company.ats))
    throw new Error(`no duplicates on ${company.ats} boards`);
  const copy = structuredClone(job);
  if (company.ats === 'greenhouse') {
    copy.id = ctx.nextId();
    copy.internal_job_id += 7;
    copy.absolute_url = job.absolute_url.replace(String(job.id), String(copy.id));
  } else {
    copy.id = ctx.rng.uuid();
    for (const k of ['hostedUrl', 'applyUrl', 'jobUrl']) if (copy[k]) copy[k] = copy[k].replace(job.id, copy.id);
  }
  return copy;
}

main();
