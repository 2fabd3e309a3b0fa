import type { RawJob, RemoteMode } from '@job-hunter/domain';
import type { BoardTarget } from '../job-board-client';
import { descriptionOf } from '../shared/description';
import { htmlToPlain, isoDate, joinParts, text, uniqueStrings } from '../shared/html';
import { boardSegment } from '../shared/url';
import type {
  SmartRecruitersLocation,
  SmartRecruitersPosting,
  SmartRecruitersPostingDetail,
  SmartRecruitersSection,
} from './smartrecruiters.types';

/**
 * One SmartRecruiters posting from its list entry and, when it could be read, its detail (which
 * repeats the list fields and adds the job ad and the public URL). The API `ref` is never used as
 * the job's URL: it is an API address. SmartRecruiters has no structured pay field.
 */
export function mapSmartRecruitersPosting(
  summary: SmartRecruitersPosting,
  detail: SmartRecruitersPostingDetail | undefined,
  target: BoardTarget,
  fetchedAt: string,
): RawJob | null {
  const p: SmartRecruitersPostingDetail = { ...summary, ...withoutNulls(detail) };
  const id = text(summary.id);
  const title = text(p.name);
  if (!id || !title) return null;
  const postedAt = isoDate(p.releasedDate);
  const sections = orderedSections(p);
  return {
    ats: 'smartrecruiters',
    company: target.company,
    board: target.board,
    externalId: id,
    title,
    url:
      text(p.postingUrl) ?? `https://jobs.smartrecruiters.com/${boardSegment(target.board)}/${encodeURIComponent(id)}`,
    locations: locationLabels(p.location),
    workplace: smartRecruitersWorkplace(p.location),
    ...descriptionOf(
      joinParts(
        sections.map((s) => joinParts([s.title ? `<h3>${s.title}</h3>` : undefined, s.text], '\n')),
        '\n',
      ),
      () => joinParts(sections.map((s) => joinParts([text(s.title), s.text ? htmlToPlain(s.text) : undefined], '\n'))),
    ),
    department: text(p.department?.label) ?? text(p.function?.label),
    employmentType: text(p.typeOfEmployment?.label),
    postedAt,
    dateSource: postedAt ? 'exact' : 'unknown',
    fetchedAt,
  };
}

/** The role first; the company's boilerplate last, so it does not crowd out the job's own words. */
function orderedSections(p: SmartRecruitersPostingDetail): SmartRecruitersSection[] {
  const s = p.jobAd?.sections;
  return [s?.jobDescription, s?.qualifications, s?.additionalInformation, s?.companyDescription].filter(
    (x): x is SmartRecruitersSection => !!x && !!text(x.text),
  );
}

function locationLabels(location: SmartRecruitersLocation | null | undefined): string[] {
  if (!location) return [];
  const full = text(location.fullLocation);
  if (full) return [full];
  const joined = uniqueStrings([location.city, location.region, location.country?.toUpperCase()]).join(', ');
  return joined ? [joined] : [];
}

/**
 * `remote` is a real flag; `hybrid` exists only on newer postings. When the hybrid flag is absent a
 * false `remote` may still be hybrid, so it reads onsite only if the location text does not say otherwise.
 */
function smartRecruitersWorkplace(location: SmartRecruitersLocation | null | undefined): RemoteMode {
  if (!location) return 'unknown';
  if (location.hybrid === true) return 'hybrid';
  if (location.remote === true) return 'remote';
  if (location.remote !== false) return 'unknown';
  if (location.hybrid === false) return 'onsite';
  return /remote|hybrid/i.test(location.fullLocation ?? '') ? 'unknown' : 'onsite';
}

function withoutNulls(detail: SmartRecruitersPostingDetail | undefined): Partial<SmartRecruitersPostingDetail> {
  if (!detail) return {};
  return Object.fromEntries(Object.entries(detail).filter(([, v]) => v !== null && v !== undefined));
}
