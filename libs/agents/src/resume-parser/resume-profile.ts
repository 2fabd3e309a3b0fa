import {
  type CandidateProfile,
  canonicalSkill,
  extractSkills,
  isRoleSpecialty,
  mentionsRole,
  normalisePlace,
  type Place,
  type ResumeSection,
  seniorityFromTitle,
  seniorityFromYears,
  splitResumeSections,
  withoutDates,
  yearsFromDateRanges,
} from '@job-hunter/domain';
import { orderTitles } from './title-history';

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
// Between a title and its company, place or dates: "Engineer — Acme · Berlin, Germany, 2019 – 2021".
const TITLE_SEPARATOR = /\s+[—–|·•@]\s+|\s+-\s+|\s*[,[\]]\s*|\s+at\s+/i;
// Credentials after a name: "Maria Gonzalez, RN", "Jane Doe, PhD, MBA".
const CREDENTIALS = /(?:,\s*(?=(?:[^,]*\p{Lu}){2})[\p{L}.]{2,6})+$/u;
const TRAILING_PLACE = /\s+(?:in|from|based\s+in)\s+(.+)$/i;
const SUMMARY_MAX = 400;

function sectionLines(sections: ResumeSection[], kind: ResumeSection['kind']): string[] {
  return sections.filter((s) => s.kind === kind).flatMap((s) => s.lines);
}

function titleCase(s: string): string {
  return s === s.toUpperCase() ? s.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()) : s;
}

const NAME = /^[\p{L}][\p{L}'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*){1,3}$/u;

/** The name in a header line, without credentials ("Maria Gonzalez, RN"); "New York, NY" is a place. */
function nameIn(line: string): string | undefined {
  const bare = line.replace(CREDENTIALS, '');
  if (bare !== line && isPlace(line)) return undefined;
  return NAME.test(bare) && !mentionsRole(bare) ? titleCase(bare) : undefined;
}

// Role nouns that are also common surnames: "Tom Driver", "Jane Cook".
const SURNAME_ROLES = new Set(['cook', 'driver', 'baker', 'carpenter', 'clerk', 'pilot', 'mason', 'porter', 'butler']);

/**
 * The first header line shaped like a name with no role in it; failing that, a first line whose
 * only role word is a surname-like last word, above a title line ("Tom Driver" / "Bus driver").
 */
function findName(header: string[]): string | undefined {
  const plain = header.map(nameIn).find((n) => n !== undefined);
  if (plain) return plain;
  const [first, ...rest] = header;
  const bare = first?.replace(CREDENTIALS, '') ?? '';
  const words = bare.split(/\s+/);
  const last = words.at(-1)?.toLowerCase() ?? '';
  const surname = SURNAME_ROLES.has(last) && !mentionsRole(words.slice(0, -1).join(' ')) && !seniorityFromTitle(bare);
  return NAME.test(bare) && surname && rest.some(mentionsRole) ? titleCase(bare) : undefined;
}

function findLocation(text: string, header: string[]): Place | undefined {
  const labelled = /^\s*(?:location|address|based in|city)\s*[:\-–]\s*(.+)$/im.exec(text)?.[1];
  const candidates = labelled ? [labelled] : header.flatMap((l) => l.split(/\s+[—|•·]\s+|\s+-\s+/));
  for (const candidate of candidates) {
    if (
      EMAIL.test(candidate) ||
      /\d{3}[\s).-]*\d{3}/.test(candidate) ||
      /https?:|www\.|linkedin|github/i.test(candidate)
    ) {
      continue;
    }
    const place = normalisePlace(candidate.replace(/^\d+\s+[^,]+,\s*/, ''));
    if (place.country || place.city) return place;
  }
  return undefined;
}

function isPlace(text: string): boolean {
  const place = normalisePlace(text);
  return !!(place.city ?? place.country);
}

/** A segment split at its parentheses, unless they hold a speciality of the title: "Engineer (Front-End)". */
function parenthesisParts(segment: string): string[] {
  const inner = /\(([^()]+)\)/.exec(segment)?.[1]?.trim();
  if (inner && (isRoleSpecialty(inner) || canonicalSkill(inner))) return [segment];
  return segment.split(/\s*[()]\s*/);
}

/** The job title in a line such as "Acme — Senior Engineer · Berlin, Germany · 2019 – 2021", if any. */
function titleFromLine(line: string): string | undefined {
  if (line.length > 140 || /[.;]$/.test(line) || /^[-•*]/.test(line)) return undefined;
  for (const segment of withoutDates(line).split(TITLE_SEPARATOR).flatMap(parenthesisParts)) {
    let head = segment
      .replace(/\(\s*\)/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    const place = TRAILING_PLACE.exec(head);
    if (place?.[1] && isPlace(place[1])) head = head.slice(0, place.index).trim();
    // A title's first word has a capital ("Senior", "iOS"); a wrapped sentence ("and drivers for…") does not.
    if (head && /^[^\s\p{Ll}]|^\S*\p{Lu}/u.test(head) && head.split(' ').length <= 8 && mentionsRole(head)) return head;
  }
  return undefined;
}

function findYears(text: string, now: Date): number | null {
  const fromRanges = yearsFromDateRanges(text, now);
  if (fromRanges !== null) return fromRanges;
  const stated = /(\d{1,2})\+?\s*(?:years|yrs)\s+(?:of\s+)?(?:professional\s+|industry\s+|work\s+)?experience/i.exec(
    text,
  );
  return stated?.[1] ? Number(stated[1]) : null;
}

/** A candidate profile from resume text, by rules (no model): see the tests for the forms read. */
export function profileFromText(text: string, now: Date): CandidateProfile {
  const sections = splitResumeSections(text);
  const header = sectionLines(sections, 'header');
  const experience = orderTitles(sectionLines(sections, 'experience'), titleFromLine, now);
  const headline = header.slice(0, 4).find((l) => titleFromLine(l) && !EMAIL.test(l));
  const headlineTitle = headline ? titleFromLine(headline) : undefined;
  const titles = experience.titles.length > 0 ? experience.titles : headlineTitle ? [headlineTitle] : [];
  const skillsFirst = [...sectionLines(sections, 'skills'), text].join('\n');
  const yearsExperience = findYears(text, now);
  const latest = titles[0] ?? headline;
  const seniority =
    (latest ? seniorityFromTitle(latest) : null) ??
    (yearsExperience !== null ? seniorityFromYears(yearsExperience) : null);
  const summaryText = sectionLines(sections, 'summary').join(' ');
  const summary = summaryText
    ? summaryText.length > SUMMARY_MAX
      ? `${summaryText.slice(0, SUMMARY_MAX).replace(/\s+\S*$/, '')}…`
      : summaryText
    : headline;
  const profile: CandidateProfile = {
    titles,
    skills: extractSkills(skillsFirst),
    yearsExperience,
    seniority,
    education: sectionLines(sections, 'education').slice(0, 8),
    text,
  };
  if (experience.history.length > 0) profile.titleHistory = experience.history;
  const name = findName(header);
  const email = EMAIL.exec(text)?.[0];
  const location = findLocation(text, header);
  if (name) profile.name = name;
  if (email) profile.email = email;
  if (location) profile.location = location;
  if (summary) profile.summary = summary;
  return profile;
}
