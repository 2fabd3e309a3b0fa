import type { ScoredJob } from '../../models/scored';

export interface ShortlistOptions {
  /** At most this many jobs; non-finite means no limit. */
  top: number;
  /** At most this many jobs per company (case-insensitive); 0 or less means no cap. */
  maxPerCompany: number;
}

function postedTime(s: ScoredJob): number | null {
  if (!s.job.postedAt) return null;
  const t = Date.parse(s.job.postedAt);
  return Number.isNaN(t) ? null : t;
}

function byText(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a === b ? 0 : a < b ? -1 : 1;
}

/** Best first: score desc, newest first (undated last), then company, title and id so the order never depends on input order. */
export function compareScored(a: ScoredJob, b: ScoredJob): number {
  if (a.score !== b.score) return b.score - a.score;
  const ta = postedTime(a);
  const tb = postedTime(b);
  if (ta !== tb) {
    if (ta === null) return 1;
    if (tb === null) return -1;
    return tb - ta;
  }
  return (
    byText(a.job.company.trim(), b.job.company.trim()) || byText(a.job.title, b.job.title) || byText(a.job.id, b.job.id)
  );
}

function companyKey(company: string): string {
  return company.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The shortlist: best first, with a per-company cap so one big employer cannot fill it. */
export function rankShortlist(scored: readonly ScoredJob[], opts: ShortlistOptions): ScoredJob[] {
  const limit = Number.isFinite(opts.top) ? Math.max(0, Math.floor(opts.top)) : Infinity;
  const cap = opts.maxPerCompany > 0 ? opts.maxPerCompany : Infinity;
  const perCompany = new Map<string, number>();
  const out: ScoredJob[] = [];
  for (const s of [...scored].sort(compareScored)) {
    if (out.length >= limit) break;
    const key = companyKey(s.job.company);
    const seen = perCompany.get(key) ?? 0;
    if (seen >= cap) continue;
    perCompany.set(key, seen + 1);
    out.push(s);
  }
  return out;
}
