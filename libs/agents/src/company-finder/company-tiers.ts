import { detectBoard } from '@job-hunter/job-boards';
import type { Company, CompanyTier } from '@job-hunter/domain';

/** Lower rank first: the user's own list, then the curated registry, then probed suggestions. */
export const TIER_RANK: Record<CompanyTier, number> = { file: 0, curated: 1, suggested: 2 };

/** A company's name as a comparison key: lower case, letters and digits only ("Grafana Labs" → "grafanalabs"). */
export function companyNameKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The board a company's jobs come from, e.g. "greenhouse:acme", or null when none is detected. */
export function boardKey(company: Company): string | null {
  const found = detectBoard(company.careersUrl, { ats: company.ats, board: company.board });
  return found ? `${found.ats}:${found.board.toLowerCase()}` : null;
}

/** Stable sort by tier (companies without a tier count as curated). */
export function rankByTier(companies: readonly Company[]): Company[] {
  const rank = (c: Company): number => TIER_RANK[c.tier ?? 'curated'];
  return companies
    .map((company, i) => ({ company, i }))
    .sort((a, b) => rank(a.company) - rank(b.company) || a.i - b.i)
    .map(({ company }) => company);
}

/**
 * The candidates that are not already searched, compared by name and by board (a suggestion
 * may name a curated company differently), keeping the first of any duplicates among them.
 */
export function notYetSearched(candidates: readonly Company[], searched: readonly Company[]): Company[] {
  const names = new Set(searched.map((c) => companyNameKey(c.name)));
  const boards = new Set(searched.map(boardKey).filter((k): k is string => k !== null));
  const fresh: Company[] = [];
  for (const c of candidates) {
    const name = companyNameKey(c.name);
    const board = boardKey(c);
    if (name === '' || names.has(name) || (board && boards.has(board))) continue;
    names.add(name);
    if (board) boards.add(board);
    fresh.push(c);
  }
  return fresh;
}
