import { toIsoDate, type RawJob, type RemoteMode } from '@job-hunter/domain';
import type { BoardTarget } from '../job-board-client';
import { descriptionOf } from '../shared/description';
import { htmlToPlain, joinParts, text, uniqueStrings } from '../shared/html';
import { oracleJobUrl, type OracleBoard } from './oracle-board';
import type { OracleRequisition, OracleRequisitionDetail } from './oracle.types';

export interface OracleMapContext {
  target: BoardTarget;
  board: OracleBoard;
  fetchedAt: string;
}

/** ORC's workplace codes; the `WorkplaceType` label is each company's own wording and is not read. */
const WORKPLACE: Record<string, RemoteMode> = {
  ORA_REMOTE: 'remote',
  ORA_FULL_TIME_REMOTE: 'remote',
  ORA_HYBRID: 'hybrid',
  ORA_ON_SITE: 'onsite',
  ORA_ONSITE: 'onsite',
};

/** The requisition's id as the finder and the job page take it, or null. */
export function oracleRequisitionId(row: OracleRequisition): string | null {
  const id = typeof row.Id === 'number' ? String(row.Id) : text(row.Id ?? undefined);
  return id && /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : null;
}

/**
 * One requisition from its list row and, when it could be read, its detail: the detail's own
 * texts (description, responsibilities, qualifications; the corporate blurb every posting repeats
 * is left out) and exact posting time win; without it the list's short text and posting day stay.
 * ORC publishes no pay.
 */
export function mapOracleRequisition(
  row: OracleRequisition,
  detail: OracleRequisitionDetail | undefined,
  ctx: OracleMapContext,
): RawJob | null {
  const id = oracleRequisitionId(row);
  const title = text(row.Title ?? undefined) ?? text(detail?.Title ?? undefined);
  if (!id || !title) return null;
  const exact = toIsoDate(detail?.ExternalPostedStartDate);
  const postedAt = exact ?? toIsoDate(row.PostedDate);
  const html = detail ? detailHtml(detail) : undefined;
  const short = text(row.ShortDescriptionStr ?? undefined) ?? text(detail?.ShortDescriptionStr ?? undefined);
  const description = html ?? short;
  return {
    ats: 'oracle',
    company: ctx.target.company,
    board: ctx.target.board,
    externalId: id,
    title,
    url: oracleJobUrl(ctx.board, id),
    locations: places(row, detail),
    workplace: workplaceOf(detail?.WorkplaceTypeCode) ?? workplaceOf(row.WorkplaceTypeCode) ?? 'unknown',
    ...descriptionOf(description, () => (description ? htmlToPlain(description) : undefined)),
    department: first(detail?.Category, row.JobFamily, detail?.JobFamily, row.JobFunction, detail?.JobFunction),
    employmentType: first(detail?.JobSchedule, row.JobSchedule, detail?.WorkerType, row.WorkerType),
    postedAt,
    dateSource: postedAt ? 'exact' : 'unknown',
    fetchedAt: ctx.fetchedAt,
  };
}

function detailHtml(d: OracleRequisitionDetail): string | undefined {
  const responsibilities = text(d.ExternalResponsibilitiesStr ?? undefined);
  const qualifications = text(d.ExternalQualificationsStr ?? undefined);
  return joinParts(
    [
      d.ExternalDescriptionStr,
      responsibilities ? `<h3>Responsibilities</h3>\n${responsibilities}` : undefined,
      qualifications ? `<h3>Qualifications</h3>\n${qualifications}` : undefined,
    ],
    '\n',
  );
}

/** The primary place, then the secondary ones (the detail repeats the list's). */
function places(row: OracleRequisition, detail: OracleRequisitionDetail | undefined): string[] {
  const secondary = [...(row.secondaryLocations ?? []), ...(detail?.secondaryLocations ?? [])];
  return uniqueStrings([
    row.PrimaryLocation ?? detail?.PrimaryLocation,
    ...secondary.map((s) => (s && typeof s === 'object' ? s.Name : undefined)),
  ]);
}

function workplaceOf(code: string | null | undefined): RemoteMode | undefined {
  return typeof code === 'string' ? WORKPLACE[code.trim().toUpperCase()] : undefined;
}

function first(...values: Array<string | null | undefined>): string | undefined {
  for (const v of values) {
    const t = typeof v === 'string' ? text(v) : undefined;
    if (t) return t;
  }
  return undefined;
}
