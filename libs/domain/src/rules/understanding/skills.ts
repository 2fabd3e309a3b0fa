import { aliasScanner, type AliasScanner } from './alias-scan';
import { ALIAS_RULES, type AliasRule } from './skill-rules';
import { DATA_AND_BUSINESS_SKILLS } from './skill-taxonomy-business';
import { CARE_AND_TEACHING_SKILLS } from './skill-taxonomy-care-and-teaching';
import { ENGINEERING_SKILLS } from './skill-taxonomy-engineering';
import { FINANCE_AND_LAW_SKILLS } from './skill-taxonomy-finance-and-law';
import { OPERATIONS_SKILLS } from './skill-taxonomy-operations';

/** Canonical skill name → aliases. Canonical names are what profiles, jobs and scores carry. */
export const SKILL_TAXONOMY: Record<string, string[]> = {
  ...ENGINEERING_SKILLS,
  ...DATA_AND_BUSINESS_SKILLS,
  ...CARE_AND_TEACHING_SKILLS,
  ...FINANCE_AND_LAW_SKILLS,
  ...OPERATIONS_SKILLS,
};

interface AliasEntry {
  alias: string;
  canonical: string;
  rule?: AliasRule;
}

interface Matcher {
  scanner: AliasScanner;
  /** The scanner's alias i is entries[i]. */
  entries: AliasEntry[];
  lookup: Map<string, string>;
}

let matcher: Matcher | undefined;

function lookupKey(s: string): string {
  return s
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

// An alias's words, and the spaces, hyphens or ".js" between them (the first part is its literal head).
const aliasParts = (alias: string): string[] => alias.split(/([\s-]+|\.js$)/i);

/** A pattern that tolerates "machine-learning" vs "machine learning" and "node.js" vs "nodejs". */
function aliasPattern(alias: string): string {
  return aliasParts(alias)
    .map((part) => {
      if (/^\.js$/i.test(part)) return '(?:\\.|\\s)?js';
      if (/^[\s-]+$/.test(part)) return part.includes('-') && !/\s/.test(part) ? '[\\s-]?' : '[\\s-]+';
      return escapeRegex(part);
    })
    .join('');
}

function buildMatcher(): Matcher {
  const entries: AliasEntry[] = [];
  const lookup = new Map<string, string>();
  for (const [canonical, aliases] of Object.entries(SKILL_TAXONOMY)) {
    for (const alias of [canonical, ...aliases]) {
      const key = lookupKey(alias);
      if (!lookup.has(key)) lookup.set(key, canonical);
      if (key.endsWith('.js')) lookup.set(key.slice(0, -3) + 'js', canonical);
      entries.push({ alias, canonical, rule: ALIAS_RULES[key] });
    }
  }
  // Longest first, so "Spring Boot" wins over "Spring" and "go-to-market" over "Go" at the same position.
  entries.sort((a, b) => b.alias.length - a.alias.length);
  // Scanned as one alternation of the aliases in that order would be, between these boundaries.
  const scanner = aliasScanner(
    entries.map((e) => ({ alias: e.alias, pattern: aliasPattern(e.alias), head: aliasParts(e.alias)[0] ?? '' })),
    '(?![\\p{L}\\p{N}_+#])(?!\\.[\\p{L}\\p{N}])',
  );
  return { scanner, entries, lookup };
}

function getMatcher(): Matcher {
  matcher ??= buildMatcher();
  return matcher;
}

/** The canonical name for a skill name or alias, or null when the taxonomy does not know it. */
export function canonicalSkill(name: string): string | null {
  const key = lookupKey(name);
  if (!key) return null;
  return getMatcher().lookup.get(key) ?? null;
}

const LIST_BEFORE =
  /(?:^\s*[-*•·]|[,;/(|•·:*]|\b(?:and|or|in|with|using|like|including|e\.g\.?|i\.e\.?|plus|via|of|nor)|&)\s*$/iu;
const LIST_AFTER = /^(?:[ \t]*(?:[,;/)|:\n]|$)|\.(?:\s|$)|\s+(?:and|or|&)\s+[\p{Lu}.])/u;
const GENERIC_AFTER = [
  'programming',
  'language',
  'languages',
  'developer',
  'developers',
  'engineer',
  'engineers',
  'engineering',
  'development',
  'code',
  'codebase',
  'codebases',
  'services',
  'microservices',
  'backend',
  'back-end',
  'applications',
  'apps',
  'stack',
  'experience',
  'skills',
  'libraries',
  'library',
  'ecosystem',
  'framework',
  'frameworks',
  'expertise',
  'proficiency',
  'projects',
  'tooling',
  'modules',
  'scripts',
  'scripting',
  'version',
  'runtime',
];

function lineBefore(text: string, index: number): string {
  const start = Math.max(0, index - 40);
  const before = text.slice(start, index);
  const nl = before.lastIndexOf('\n');
  return nl >= 0 ? before.slice(nl + 1) : start === 0 ? before : ` ${before}`;
}

function passesRule(rule: AliasRule, matched: string, before: string, after: string): boolean {
  if (rule.forms && !rule.forms.includes(matched.replace(/\s+/g, ' '))) return false;
  if (rule.rejectAfter?.test(after) || rule.rejectBefore?.test(before)) return false;
  if (!rule.context) return true;
  if (LIST_BEFORE.test(before) || LIST_AFTER.test(after)) return true;
  const nextWord = /^\s+([\p{L}-]+)/u.exec(after)?.[1]?.toLowerCase();
  return nextWord !== undefined && (GENERIC_AFTER.includes(nextWord) || (rule.after ?? []).includes(nextWord));
}

/** Canonical skills mentioned in the text, in first-seen order; ambiguous words need context (see skill-rules). */
export function extractSkills(text: string): string[] {
  if (!text) return [];
  const { scanner, entries } = getMatcher();
  const found = new Set<string>();
  let from = 0;
  for (let hit = scanner.next(text, from); hit; hit = scanner.next(text, from)) {
    const entry = entries[hit.alias];
    const end = hit.index + hit.text.length;
    from = end;
    if (!entry || found.has(entry.canonical)) continue;
    const ok = !entry.rule || passesRule(entry.rule, hit.text, lineBefore(text, hit.index), text.slice(end, end + 40));
    if (ok) found.add(entry.canonical);
    else from = hit.index + 1;
  }
  return [...found];
}
