import { agentNounOf, ENGINEERING_SPECIALTIES, roleAbbreviation, roleNounOf } from '@job-hunter/domain';
import { titlesIn } from './prefs-filters';
import { type Span } from './prefs-negation';
import { rolesFrom } from './prefs-role-mentions';

// Managing people as a kind of work: "people management", "management tracks", "managing teams".
const MANAGEMENT =
  /\b(?:(?:people|line|team)[\s-])?management\b(?!\s+(?:consult\w*|accountant|information|science))|\bmanag(?:ing|e)\s+(?:people|teams?|others)\b/i;
// Staying an individual contributor rules management out: "IC track only", "I want to stay an IC".
const IC_ONLY =
  /\b(?:individual\s+contributor)\s+(?:track|roles?|positions?|path)\s+only\b|\bonly\s+individual\s+contributor\b|\bstay\s+(?:an?\s+)?individual\s+contributor\b/i;
// "no CTO roles right now", "no marketing roles either", "no catering roles in schools": the role word with
// what may follow it in its clause.
const ROLE_WORD_TAIL =
  /\s+(?:roles?|jobs?|positions?|tracks?|work|openings?)(?:\s+(?:right\s+now|for\s+now|either|anymore|any\s+more|yet|please|pls|at\s+all|at\s+the\s+moment)|\s+(?:in|at)\s+[a-z]+(?:\s+[a-z]+)?)?$/i;
const SPECIALTIES = new Set(ENGINEERING_SPECIALTIES);
const MANAGER_ROLE = 'engineering manager';

function canonicalSpecialty(word: string): string {
  return word
    .replace(/^front-end$/, 'frontend')
    .replace(/^back-end$/, 'backend')
    .replace(/^fullstack$/, 'full-stack')
    .replace(/^infra$/, 'infrastructure');
}

/** The roles one refused list item names: "frontend" → frontend engineer, "people-management" → engineering manager. */
function itemRoles(item: string): string[] {
  const bare = item.replace(ROLE_WORD_TAIL, '').trim().toLowerCase();
  if (MANAGEMENT.test(bare)) return [MANAGER_ROLE];
  if (SPECIALTIES.has(bare)) return [`${canonicalSpecialty(bare)} engineer`];
  // The role must end the item: "travel nurse agencies" refuses agencies, not nurses.
  // Abbreviations keep their case ("AE" is a role, "ae" is not).
  const words = item.replace(ROLE_WORD_TAIL, '').trim().split(/\s+/);
  const last = words.pop() ?? '';
  if (roleNounOf(last) || roleAbbreviation(last)) return rolesFrom(item, []);
  // "no teaching jobs", "done with rideshare driving", "no more external audit": the work names its worker.
  const agent = agentNounOf(last);
  if (agent) return rolesFrom([...words, agent].join(' '), []);
  // "no sales roles": a field named with a role word is a kind of work refused.
  // "no unionized roles": a participle describes the job, it names no kind of work.
  return ROLE_WORD_TAIL.test(item) && /^[\p{L}-]+$/u.test(bare) && !/ed$/.test(bare)
    ? titlesIn(bare).filter((t) => t === bare)
    : [];
}

/**
 * Kinds of work the person rules out: each item of a refused list ("No frontend, mobile or people-management
 * positions" → frontend engineer, mobile engineer, engineering manager; "Don't want medical representative
 * jobs"; "not interested in ward manager roles"), and management when they want to stay an individual
 * contributor. Level words ("no senior roles") and industries are read elsewhere and name no role here.
 */
export function excludedRolesFrom(text: string, negated: readonly Span[]): string[] {
  const out = new Set<string>();
  for (const span of negated) {
    const clause = text.slice(span.start, span.end);
    // "SDR (prospecting-only) work": an aside is no part of the refused role.
    const plain = clause.replace(/\s*\([^()]*\)/g, '');
    for (const item of plain.split(/\s*(?:,|\/|\bor\b|\band\b|\bnor\b)\s*/i)) {
      const words = item.replace(/^(?:no|not|never|nothing|avoid|exclude|excluding|skip)(?:\s+more)?\s+/i, '');
      for (const role of itemRoles(words)) out.add(role);
    }
  }
  if (IC_ONLY.test(text)) out.add(MANAGER_ROLE);
  return [...out];
}
