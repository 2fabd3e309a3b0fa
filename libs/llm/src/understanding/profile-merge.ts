import { canonicalSkill, extractSkills, type CandidateProfile } from '@job-hunter/domain';
import {
  isRecord,
  mentions,
  nonEmpty,
  numberIn,
  placeOf,
  seniorityOf,
  stringList,
  union,
} from './understanding-values';

/** Canonical skills for the model's free strings that the resume text itself bears out. */
export function groundedSkills(names: readonly string[], resumeText: string): string[] {
  const inText = new Set(extractSkills(resumeText));
  const out: string[] = [];
  for (const name of names) {
    const canonical = canonicalSkill(name);
    const candidates = canonical ? [canonical] : extractSkills(name);
    // Either the rules found it in the text too, or the model's own wording is literally there.
    for (const c of candidates) if (inText.has(c) || mentions(resumeText, name)) out.push(c);
  }
  return [...new Set(out)];
}

/**
 * The rules' profile corrected by the model's answer, field by field: a valid value from the model
 * wins, anything invalid, empty or unsupported by the resume text leaves the rules' value. Skills
 * are only ever added (canonical and found in the text); titles must appear in the text.
 */
export function mergeProfile(rules: CandidateProfile, answer: unknown, resumeText: string): CandidateProfile {
  if (!isRecord(answer)) return rules;
  const titles = stringList(answer.titles, 10, 100)?.filter((t) => mentions(resumeText, t));
  const skills = groundedSkills(stringList(answer.skills, 80, 60) ?? [], resumeText);
  const years = numberIn(answer.yearsExperience, 0, 60);
  const education = stringList(answer.education, 10, 200);
  return {
    ...rules,
    titles: nonEmpty(titles, rules.titles),
    skills: union(rules.skills, skills),
    yearsExperience: years === undefined ? rules.yearsExperience : Math.round(years * 10) / 10,
    seniority: seniorityOf(answer.seniority) ?? rules.seniority,
    location: placeOf(answer.location) ?? rules.location,
    education: nonEmpty(education, rules.education),
  };
}
