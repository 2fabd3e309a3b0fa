#!/usr/bin/env node
// Generates the evaluation market and its labels (data/eval): a job-board snapshot in the
// contract §4 layout with Greenhouse, Lever and Ashby responses in their real API shapes
// (rendered by tools/demo-data/lib), plus every job's graded relevance for every persona.
// Deterministic: a seeded PRNG and a fixed reference date, so re-running rewrites the same bytes.
//   node tools/eval/generate-eval-market.mjs [--out data/eval]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { createRng } from '../demo-data/lib/prng.mjs';
import { careersUrl } from '../demo-data/lib/companies.mjs';
import { FAMILIES, titled } from '../demo-data/lib/roles.mjs';
import { band, currencyFor } from '../demo-data/lib/salary.mjs';
import { RENDER, outDirFromArgs, snapshotPath, weighted } from '../demo-data/lib/market-kit.mjs';
import { EVAL_COMPANIES, evalPlace } from './lib/eval-companies.mjs';
import { EVAL_CURATED } from './lib/eval-curated.mjs';
import { normalisedTitle, poolSpecs } from './lib/eval-pools.mjs';
import { PERSONAS, judge } from './lib/eval-personas.mjs';

export const RECORDED_AT = '2026-10-01T00:00:00.000Z';
const SEED = 20261001;
// The personas' own-profession pools (eval-pools.mjs) draw from their own generator, so adding
// them left every other job of the market as it was.
const POOL_SEED = 20261002;

const outDir = outDirFromArgs('data/eval');

const FAMILY_WEIGHTS = [
  ['backend', 4],
  ['platform', 3],
  ['frontend', 4],
  ['fullstack', 3],
  ['data', 3],
  ['ml', 2],
  ['mobile', 2],
  ['security', 1],
  ['qa', 2],
  ['product', 4],
  ['design', 2],
  ['datascience', 4],
  ['sales', 3],
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
// Ages a day either side of a persona's recency limit (30, 45, 60) are left out, so a label
// never hinges on the hours a posting was published before the reference time.
const BOUNDARY_DAYS = new Set([29, 30, 31, 44, 45, 46, 59, 60, 61]);

function withPlaces(spec, keys, rng) {
  return {
    ...spec,
    places: keys.map((key) => ({ key, place: evalPlace(key), label: rng.pick(evalPlace(key).labels) })),
  };
}

function fillerDays(rng) {
  for (;;) {
    const r = rng.next();
    const days = r < 0.7 ? rng.int(1, 58) : r < 0.85 ? rng.int(62, 120) : rng.int(121, 200);
    if (!BOUNDARY_DAYS.has(days)) return days;
  }
}

/** Random jobs around the curated ones; unlike the demo market they may suit a persona, and are labelled like any other. */
function fillerSpecs(company, rng, taken) {
  const out = [];
  while (out.length < company.filler) {
    const family = weighted(rng, FAMILY_WEIGHTS);
    let seniority = weighted(rng, SENIORITY_WEIGHTS);
    if (seniority === 'intern' && ['sales', 'support', 'manager', 'product'].includes(family)) seniority = 'junior';
    if (family === 'manager' && !['senior', 'director'].includes(seniority)) seniority = 'senior';
    const key = rng.pick(company.offices);
    const p = evalPlace(key);
    const work = p.kind === 'remote' ? 'remote' : rng.pick(['hybrid', 'hybrid', 'onsite']);
    const base = rng.pick(FAMILIES[family].titles);
    const title = titled(family, base, seniority);
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
    if (salary && company.ats === 'ashby' && rng.chance(0.2)) salary.hidden = true;
    const keys = [key];
    // A second office of the same kind only: "Remote - India; Pune" would leave the work model ambiguous.
    const other = rng.chance(0.12) ? rng.pick(company.offices.filter((k) => k !== key)) : undefined;
    if (other && evalPlace(other).kind === p.kind) keys.push(other);
    const days = fillerDays(rng);
    out.push(withPlaces({ c: company.key, title, family, base, seniority, work, days, type, salary }, keys, rng));
  }
  return out;
}

const JOB_URL = { greenhouse: (j) => j.absolute_url, lever: (j) => j.hostedUrl, ashby: (j) => j.jobUrl };

// The shared text builder knows remote scopes IN, EU, US and worldwide; a Canada-only remote job says so instead.
const WORLDWIDE =
  'This role is fully remote and open to candidates anywhere in the world; we hire through an employer of record where we have no entity.';
const CANADA = 'This role is remote, open to candidates living anywhere in Canada.';

function render(spec, company, ctx) {
  const job = RENDER[company.ats](spec, company, ctx);
  if (!spec.places.some((p) => p.place.scope === 'CA')) return job;
  return JSON.parse(JSON.stringify(job).replaceAll(WORLDWIDE, CANADA));
}

/** A pool job must pass its persona's preferences: it is there to fill their candidate list. */
function checkPool(spec, company) {
  const [tier, personaId] = spec.pool.split(':');
  const persona = PERSONAS.find((p) => p.id === personaId);
  if (!persona) throw new Error(`pool job ${spec.title}: unknown persona ${personaId}`);
  const v = judge(persona, { ...spec, company });
  if (v.ruledOut)
    throw new Error(`pool job ${company.name} "${spec.title}" (${tier}) is ruled out for ${personaId}: ${v.ruledOut}`);
}

function checkIntent(spec, company) {
  if (!spec.intent) return;
  const [kind, personaId, why] = spec.intent.split(':');
  const persona = PERSONAS.find((p) => p.id === personaId);
  if (!persona) throw new Error(`curated job ${spec.title}: unknown persona ${personaId}`);
  const v = judge(persona, { ...spec, company });
  const ok = kind === 'good' ? v.grade >= 2 : kind === 'near' ? v.grade <= 1 && !v.ruledOut : v.ruledOut === why;
  if (!ok)
    throw new Error(`curated job ${company.name} "${spec.title}": meant ${spec.intent}, judged ${JSON.stringify(v)}`);
}

function main() {
  const rng = createRng(SEED);
  const refMs = Date.parse(RECORDED_AT);
  let idSeq = 5200000;
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
  // Pool jobs render with their own generator and id range, after their company's other jobs,
  // so the departments and offices those jobs registered keep their ids.
  const poolRng = createRng(POOL_SEED);
  let poolIdSeq = 90000000;
  const poolDeptIds = new Map();
  const poolCtx = {
    rng: poolRng,
    refMs,
    nextId: () => (poolIdSeq += poolRng.int(1000, 90000)),
    deptId: (c, name) => {
      const k = `${c.key}|${name}`;
      if (deptIds.has(k)) return deptIds.get(k);
      if (!poolDeptIds.has(k)) poolDeptIds.set(k, 900 + poolDeptIds.size + 1);
      return poolDeptIds.get(k);
    },
  };
  const pools = poolSpecs(poolRng, EVAL_COMPANIES, EVAL_CURATED);
  let poolDropped = 0;
  const marketDir = join(outDir, 'market');
  rmSync(marketDir, { recursive: true, force: true });
  const labels = Object.fromEntries(PERSONAS.map((p) => [p.id, {}]));
  const ruledOut = Object.fromEntries(PERSONAS.map((p) => [p.id, {}]));
  const index = [];
  for (const company of EVAL_COMPANIES) {
    const taken = new Set();
    const curated = EVAL_CURATED.filter((s) => s.c === company.key).map((s) => {
      checkIntent(withPlaces(s, [s.place], rng), company);
      taken.add(`${s.title}|${s.place}`);
      return withPlaces(s, [s.place], rng);
    });
    const specs = [...curated, ...fillerSpecs(company, rng, taken)];
    const takenNorm = new Set(specs.flatMap((s) => s.places.map((p) => `${normalisedTitle(s.title)}|${p.key}`)));
    const pool = (pools.get(company.key) ?? []).flatMap((s) => {
      if (takenNorm.has(`${normalisedTitle(s.title)}|${s.place}`)) {
        poolDropped++;
        return [];
      }
      const spec = withPlaces(s, [s.place], poolRng);
      checkPool(spec, company);
      return [spec];
    });
    const emit = (spec, rctx) => {
      const job = render(spec, company, rctx);
      const url = JOB_URL[company.ats](job);
      index.push({
        url,
        company: company.name,
        title: spec.title,
        location: spec.places.map((p) => p.label).join('; '),
        work: spec.work,
        daysOld: spec.days,
        type: spec.type,
        salary: spec.salary
          ? `${spec.salary.cur} ${spec.salary.min}–${spec.salary.max}${spec.salary.hidden ? ' (hidden)' : ''}`
          : null,
        curated: spec.intent ?? null,
        pool: spec.pool ?? null,
      });
      for (const persona of PERSONAS) {
        const v = judge(persona, { ...spec, company });
        labels[persona.id][url] = v.grade;
        if (v.ruledOut) ruledOut[persona.id][url] = v.ruledOut;
      }
      return job;
    };
    const jobs = specs.map((spec) => emit(spec, ctx));
    const ordered = rng.sample(jobs, jobs.length);
    for (const spec of pool) ordered.splice(poolRng.int(0, ordered.length), 0, emit(spec, poolCtx));
    const body =
      company.ats === 'greenhouse'
        ? { jobs: ordered, meta: { total: ordered.length } }
        : company.ats === 'lever'
          ? ordered
          : { apiVersion: '1', jobs: ordered };
    const file = join(marketDir, 'snapshot', snapshotPath(company));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(body));
  }
  const companies = EVAL_COMPANIES.map((c) => ({ name: c.name, careersUrl: careersUrl(c), industries: c.industries }));
  const header = '# The evaluation market (fictional). Generated by tools/eval/generate-eval-market.mjs.\n';
  writeFileSync(join(marketDir, 'companies.yaml'), `${header}${stringify(companies)}`);
  const market = { recordedAt: RECORDED_AT, companies: EVAL_COMPANIES.length, jobs: index.length };
  writeFileSync(join(marketDir, 'market.json'), `${JSON.stringify(market, null, 2)}\n`);
  writeFileSync(join(marketDir, 'jobs.json'), `${JSON.stringify(index, null, 1)}\n`);
  const personas = PERSONAS.map(({ id, summary, resume, preferences }) => ({ id, summary, resume, preferences }));
  writeFileSync(join(outDir, 'personas.json'), `${JSON.stringify(personas, null, 2)}\n`);
  writeFileSync(join(outDir, 'labels.json'), `${JSON.stringify(labels, null, 1)}\n`);
  writeFileSync(join(outDir, 'ruled-out.json'), `${JSON.stringify(ruledOut, null, 1)}\n`);
  for (const p of PERSONAS) {
    const grades = Object.values(labels[p.id]);
    const count = (g) => grades.filter((x) => x === g).length;
    process.stderr.write(
      `${p.id}: ${count(3)} perfect, ${count(2)} good, ${count(1)} partial, ${Object.keys(ruledOut[p.id]).length} ruled out\n`,
    );
  }
  const pooled = index.filter((j) => j.pool).length;
  process.stderr.write(
    `eval market: ${EVAL_COMPANIES.length} companies, ${index.length} jobs (${pooled} in the personas' own pools, ${poolDropped} pool titles left out as repeats) → ${marketDir}\n`,
  );
}

main();
