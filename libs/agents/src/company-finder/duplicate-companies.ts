import { canonicalUrl, type Company } from '@job-hunter/domain';
import { detectBoard } from '@job-hunter/job-boards';

/** What makes two entries one job board: the same ATS board, or the same careers page. */
function identities(company: Company): string[] {
  const board = detectBoard(company.careersUrl, { ats: company.ats, board: company.board });
  const url = canonicalUrl(company.careersUrl);
  return [
    ...(board ? [`board:${board.ats}:${board.board.toLowerCase()}`] : []),
    ...(url ? [`url:${url.toLowerCase()}`] : []),
  ];
}

function union(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  return a || b ? [...new Set([...(a ?? []), ...(b ?? [])])] : undefined;
}

/**
 * One entry per job board: a board listed twice would be fetched twice and put every job in the
 * shortlist twice. The first entry stays, with the later ones' regions and industries added and
 * their names kept in `mergedDuplicates`, so the run can say what it merged.
 */
export function mergeDuplicateCompanies(companies: readonly Company[]): Company[] {
  const kept: Company[] = [];
  const slotById = new Map<string, number>();
  for (const company of companies) {
    const ids = identities(company);
    const slot = ids.map((id) => slotById.get(id)).find((s) => s !== undefined);
    if (slot === undefined) {
      ids.forEach((id) => slotById.set(id, kept.length));
      kept.push({ ...company });
      continue;
    }
    const first = kept[slot] as Company;
    const regions = union(first.regions, company.regions);
    const industries = union(first.industries, company.industries);
    kept[slot] = {
      ...first,
      ...(regions ? { regions } : {}),
      ...(industries ? { industries } : {}),
      mergedDuplicates: [...(first.mergedDuplicates ?? []), company.name],
    };
    ids.forEach((id) => slotById.set(id, slot));
  }
  return kept;
}

/** One warning per merged entry, naming both entries and the board. */
export function duplicateCompanyWarnings(companies: readonly Company[]): string[] {
  return companies.flatMap((c) =>
    (c.mergedDuplicates ?? []).map(
      (name) =>
        `Companies file: "${name}" is the same job board as "${c.name}" (${c.careersUrl}); ` +
        'it is searched once and its jobs counted once.',
    ),
  );
}
