export type ResumeSectionKind =
  'header' | 'summary' | 'experience' | 'education' | 'skills' | 'projects' | 'certifications' | 'other';

export interface ResumeSection {
  kind: ResumeSectionKind;
  heading: string;
  lines: string[];
}

// Headings in English, German, French, Spanish, Portuguese and Italian. Any short "… Experience" heading
// is work (teaching, clinical, research, leadership experience) except volunteering.
const HEADINGS: [ResumeSectionKind, RegExp][] = [
  [
    'experience',
    /^(?:(?:work|professional|employment|relevant|industry|career)\s+)?(?:experience|history|employment)|^work\s+history|^(?!(?:volunteer|voluntary|community)\b)(?:(?!of\b|years?\b)[a-z&]+\s+){1,3}experiences?$|^work$|^positions?(?:\s+held)?$|^professional\s+background$|^military\s+service$|^appointments$|^employment(?:\s+history)?|^career(?:\s+history)?$|^internships?$|^(?:berufserfahrung|berufliche\s+erfahrung|(?:beruflicher\s+)?werdegang|praxiserfahrung)|^exp[ée]riences?(?:\s+professionnelles?)?$|^experiencia(?:\s+(?:laboral|profesional))?$|^experi[êe]ncia(?:\s+profissional)?$|^esperienz[ae](?:\s+(?:lavorative?|professionali?))?$/i,
  ],
  [
    'education',
    /^(?:education|academics?|academic\s+(?:background|qualifications)|qualifications|education\s+and\s+training)|^(?:ausbildung|bildungsweg|bildung|studium|formation|formaci[óo]n|educaci[óo]n|forma[çc][ãa]o|istruzione)$/i,
  ],
  [
    'skills',
    /^(?:(?:technical|core|key|soft|hard)\s+)?(?:skills|competencies|technologies|tech\s+stack|tools)|^programming\s+languages|^(?:kenntnisse|fähigkeiten|kompetenzen|compétences|habilidades|competencias|conhecimentos|competenze)$/i,
  ],
  [
    'summary',
    /^(?:(?:professional|career)\s+)?(?:summary|profile|objective|about(?:\s+me)?)|^(?:profil|zusammenfassung|perfil(?:\s+profesional)?|sobre\s+m[íi])$/i,
  ],
  ['projects', /^(?:(?:personal|selected|key|side)\s+)?projects/i],
  ['certifications', /^(?:certifications?|licen[cs]es|courses|training)/i],
  [
    'other',
    /^(?:awards|honou?rs|publications|languages|interests|hobbies|volunteer(?:ing)?|references|achievements|activities|extra-?curricular|community\s+(?:involvement|service))|^(?:sprachen|langues|idiomas)$/i,
  ],
];
// Kinds a "Label: values" line may belong to without a heading of its own: "Skills: Python, SQL".
const INLINE_KINDS = new Set<ResumeSectionKind>(['skills', 'certifications', 'other']);
// A page marker from a PDF: "1/2", "Page 1 of 2", "- 1 -", "Seite 1 von 2".
const PAGE_MARKER =
  /^(?:(?:page|seite|página|pagina)\s*)?[-–]?\s*\d{1,2}\s*(?:(?:\/|of|von|de|sur|di)\s*\d{1,2}\s*)?[-–]?$/i;

function headingKind(line: string): ResumeSectionKind | undefined {
  const t = line
    .replace(/[:•#*_=|-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!t || t.split(' ').length > 5 || t.length > 40 || /\d{3}/.test(t)) return undefined;
  return HEADINGS.find(([, re]) => re.test(t) && t.replace(re, '').trim().split(' ').filter(Boolean).length <= 2)?.[0];
}

/** The kind of a "Label: values" line whose label is a heading ("Technical skills: Python, SQL"). */
function inlineKind(line: string): ResumeSectionKind | undefined {
  const label = /^([^:]{2,40}):\s*\S/.exec(line)?.[1];
  const kind = label ? headingKind(label) : undefined;
  return kind && INLINE_KINDS.has(kind) ? kind : undefined;
}

/**
 * Splits resume text into sections by their headings; text before the first heading is the 'header'.
 * A "Label: values" line whose label is a skills-like heading is a section of its own, after which
 * lines go back to the section around it; page markers belong to no section.
 */
export function splitResumeSections(text: string): ResumeSection[] {
  const sections: ResumeSection[] = [{ kind: 'header', heading: '', lines: [] }];
  let current = sections[0] as ResumeSection;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || PAGE_MARKER.test(line)) continue;
    const inline = inlineKind(line);
    const kind = inline ? undefined : headingKind(line);
    if (inline) sections.push({ kind: inline, heading: line.slice(0, line.indexOf(':')), lines: [line] });
    else if (kind) {
      current = { kind, heading: line, lines: [] };
      sections.push(current);
    } else current.lines.push(line);
  }
  return sections;
}
