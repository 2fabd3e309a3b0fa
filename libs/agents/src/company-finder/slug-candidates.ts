/** Words that end company names but rarely appear in board slugs ("Acme Inc" → "acme"). */
const LEGAL_SUFFIXES = new Set([
  'inc',
  'incorporated',
  'llc',
  'llp',
  'ltd',
  'limited',
  'plc',
  'gmbh',
  'ag',
  'sa',
  'sas',
  'sarl',
  'bv',
  'nv',
  'ab',
  'as',
  'oy',
  'spa',
  'srl',
  'kg',
  'corp',
  'corporation',
  'co',
  'company',
  'pvt',
  'private',
  'pte',
  'pty',
]);
/** Descriptive words some boards keep and some drop ("Grafana Labs": grafanalabs or grafana). */
const GENERIC_SUFFIXES = new Set([
  'labs',
  'lab',
  'technologies',
  'technology',
  'tech',
  'software',
  'systems',
  'group',
  'holdings',
  'hq',
  'global',
  'india',
  'app',
  'io',
  'ai',
  'com',
  'health',
  'solutions',
  'digital',
]);
/** What a board token may look like; anything else in a model's guess is dropped. */
const TOKEN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;

export const MAX_SLUG_CANDIDATES = 4;

function words(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function dropTrailing(list: string[], suffixes: Set<string>): string[] {
  const out = [...list];
  while (out.length > 1 && suffixes.has(out[out.length - 1] as string)) out.pop();
  return out;
}

/**
 * Board slugs worth probing for a company, most likely first: the model's guesses, then the
 * name squashed ("acmerobotics") and hyphenated ("acme-robotics"), then without legal and
 * descriptive suffixes. At most `max`, without duplicates.
 */
export function slugCandidates(name: string, guesses: readonly string[] = [], max = MAX_SLUG_CANDIDATES): string[] {
  const out: string[] = [];
  const add = (slug: string | undefined): void => {
    const s = slug?.trim();
    if (s && TOKEN.test(s) && !out.some((o) => o.toLowerCase() === s.toLowerCase())) out.push(s);
  };
  guesses.forEach(add);
  const named = words(name);
  // "Procter & Gamble" → proctergamble; a name that is only "and"-something keeps it.
  const all = named.length >= 3 ? named.filter((w) => w !== 'and') : named;
  const legal = dropTrailing(all, LEGAL_SUFFIXES);
  const bare = dropTrailing(legal, new Set([...LEGAL_SUFFIXES, ...GENERIC_SUFFIXES]));
  for (const list of [legal, bare]) {
    add(list.join(''));
    if (list.length > 1) add(list.join('-'));
  }
  add(named.join(''));
  return out.slice(0, max);
}
