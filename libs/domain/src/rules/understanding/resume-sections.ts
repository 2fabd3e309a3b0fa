export type ResumeSectionKind =
  'header' | 'summary' | 'experience' | 'education' | 'skills' | 'projects' | 'certifications' | 'other';

export interface ResumeSection {
  kind: ResumeSectionKind;
  heading: string;
  lines: string[];
}

const HEADINGS: [ResumeSectionKind, RegExp][] = [
  [
    'experience',
    /^(?:(?:work|professional|employment|relevant|industry|career)\s+)?(?:experience|history|employment)|^work\s+history|^employment(?:\s+history)?|^career(?:\s+history)?$|^internships?$/i,
  ],
  [
    'education',
    /^(?:education|academics?|academic\s+(?:background|qualifications)|qualifications|education\s+and\s+training)/i,
  ],
  ['skills', /^(?:(?:technical|core|key)\s+)?(?:skills|competencies|technologies|tech\s+stack|tools)/i],
  ['summary', /^(?:(?:professional|career)\s+)?(?:summary|profile|objective|about(?:\s+me)?)/i],
  ['projects', /^(?:(?:personal|selected|key|side)\s+)?projects/i],
  ['certifications', /^(?:certifications?|licen[cs]es|courses|training)/i],
  [
    'other',
    /^(?:awards|honou?rs|publications|languages|interests|hobbies|volunteer(?:ing)?|references|achievements|activities)/i,
  ],
];

function headingKind(line: string): ResumeSectionKind | undefined {
  const t = line
    .replace(/[:•#*_=|-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!t || t.split(' ').length > 5 || t.length > 40 || /\d{3}/.test(t)) return undefined;
  return HEADINGS.find(([, re]) => re.test(t) && t.replace(re, '').trim().split(' ').filter(Boolean).length <= 2)?.[0];
}

/** Splits resume text into sections by their headings; text before the first heading is the 'header'. */
export function splitResumeSections(text: string): ResumeSection[] {
  const sections: ResumeSection[] = [{ kind: 'header', heading: '', lines: [] }];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const kind = headingKind(line);
    if (kind) sections.push({ kind, heading: line, lines: [] });
    else sections[sections.length - 1]?.lines.push(line);
  }
  return sections;
}
