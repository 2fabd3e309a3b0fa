import type { NormalisedJob } from '../../models/job';
import type { CandidateProfile, SearchPreferences } from '../../models/candidate';
import { extractSkills } from '../understanding';
import { joinList } from './match-text';

export const SKILLS_MAX = 40;

// Where a skill is asked for says how much it matters: in the title, in the requirements,
// only in the nice-to-haves, or somewhere else in the text.
const WEIGHT = { title: 3, required: 2, other: 1, nice: 0.5 } as const;

/**
 * Skills nearly every posting asks for and few resumes list: they say nothing about fit,
 * so they neither score nor show as missing (unless the title names them).
 */
const UNIVERSAL_SKILLS = new Set(['communication']);

// A prior of 0.4 worth two skills, so one matched skill out of one does not outscore eight out of ten.
const PRIOR_SHARE = 0.4;
const PRIOR_WEIGHT = 2;

const HEADING_MAX = 70;
const HEADING_WORDS = 8;
// A list item ("- Kafka experience") is content, never a heading.
const BULLET = /^(?:[-–—•*·▪◦]|\d+[.)])\s*/;
const REQUIRED_HEADING =
  /\b(?:requirements?|qualifications?|what you(?:'|’)?ll need|what you need|what we(?:'|’)?re looking for|what you bring|you have|you bring|must[- ]haves?|about you|who you are|your profile|your skills|skills|tech stack|our stack|experience)\b/i;
const NICE_HEADING =
  /\b(?:nice[- ]to[- ]haves?|bonus(?: points)?|preferred|pluses?|good to have|desirable|would be great|extra credit)\b/i;
const OTHER_HEADING =
  /\b(?:benefits|perks|what we offer|about us|about the (?:company|team)|why join|compensation|our values|how to apply|responsibilities|what you(?:'|’)?ll do|the role|equal opportunity)\b/i;

type Section = 'required' | 'nice' | 'other';

function headingSection(line: string): Section | null {
  const t = line.trim();
  if (!t || t.length > HEADING_MAX || BULLET.test(t) || t.split(/\s+/).length > HEADING_WORDS) return null;
  if (/[.!?,;]$/.test(t)) return null;
  if (NICE_HEADING.test(t)) return 'nice';
  if (OTHER_HEADING.test(t)) return 'other';
  if (REQUIRED_HEADING.test(t)) return 'required';
  return null;
}

/** The description split into requirement and nice-to-have text by its headings. */
export function splitSections(description: string): Record<Section, string> {
  const out: Record<Section, string[]> = { required: [], nice: [], other: [] };
  let current: Section = 'other';
  for (const line of description.split(/\n+/)) {
    const heading = headingSection(line);
    if (heading) current = heading;
    else out[current].push(line);
  }
  return { required: out.required.join('\n'), nice: out.nice.join('\n'), other: out.other.join('\n') };
}

const candidateCache = new WeakMap<CandidateProfile, Set<string>>();

/** Everything the candidate can claim: parsed skills plus skills found in the resume text. */
function candidateSkills(profile: CandidateProfile): Set<string> {
  let set = candidateCache.get(profile);
  if (!set) {
    set = new Set([...profile.skills, ...extractSkills(profile.text ?? '')].map((s) => s.toLowerCase()));
    candidateCache.set(profile, set);
  }
  return set;
}

export interface SkillsFit {
  points: number;
  matched: string[];
  missing: string[];
  reason: string | null;
  concern: string | null;
}

function weights(job: NormalisedJob): Map<string, number> {
  const sections = splitSections(job.description);
  const inTitle = new Set(extractSkills(job.title).map((s) => s.toLowerCase()));
  const required = new Set(extractSkills(sections.required).map((s) => s.toLowerCase()));
  const nice = new Set(extractSkills(sections.nice).map((s) => s.toLowerCase()));
  const out = new Map<string, number>();
  for (const skill of job.skills) {
    const k = skill.toLowerCase();
    if (UNIVERSAL_SKILLS.has(k) && !inTitle.has(k)) continue;
    const w = inTitle.has(k)
      ? WEIGHT.title
      : required.has(k)
        ? WEIGHT.required
        : nice.has(k) && !required.has(k)
          ? WEIGHT.nice
          : WEIGHT.other;
    out.set(skill, Math.max(out.get(skill) ?? 0, w));
  }
  return out;
}

function listed(skills: string[], max: number): string {
  return skills.length > max ? `${skills.slice(0, max).join(', ')} (+${skills.length - max} more)` : joinList(skills);
}

/** Skills overlap: what the job asks for against what the candidate has, weighted by where it is asked. */
export function skillsFit(job: NormalisedJob, profile: CandidateProfile, prefs: SearchPreferences): SkillsFit {
  const have = candidateSkills(profile);
  const wanted = new Set(prefs.skills.map((s) => s.toLowerCase()));
  const w = weights(job);
  // Most important first, then by name, so lists and reasons never depend on input order.
  const asked = [...w.keys()].sort((a, b) => (w.get(b) ?? 0) - (w.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
  const matched = asked.filter((s) => have.has(s.toLowerCase()) || wanted.has(s.toLowerCase()));
  const missing = asked.filter((s) => !matched.includes(s));
  const total = asked.reduce((sum, s) => sum + (w.get(s) ?? 0), 0);
  const got = matched.reduce((sum, s) => sum + (w.get(s) ?? 0), 0);
  const points = (SKILLS_MAX * (got + PRIOR_SHARE * PRIOR_WEIGHT)) / (total + PRIOR_WEIGHT);
  if (!asked.length) {
    return { points, matched, missing, reason: null, concern: 'The posting names no skills we recognise' };
  }
  const askedText = `Asks for ${listed(asked, 5)}`;
  if (!missing.length) return { points, matched, missing, reason: `${askedText} — all on your resume`, concern: null };
  if (!matched.length) return { points, matched, missing, reason: null, concern: `${askedText} — none on your resume` };
  return {
    points,
    matched,
    missing,
    reason: `${askedText}; you have ${listed(matched, 4)}`,
    concern: `Not on your resume: ${listed(missing, 4)}`,
  };
}
