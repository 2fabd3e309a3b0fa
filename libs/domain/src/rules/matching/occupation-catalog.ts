import { occupationWords } from './occupation-words';

/** One kind of work (see data/occupations/occupations.yaml for the fields). */
export interface Occupation {
  id: string;
  /** A role noun in the reading contract's style: "backend engineer", "registered nurse". */
  name: string;
  family: string;
  titles: string[];
  /** The broader occupation this one specialises. */
  under?: string;
  /** Words that pick this specialisation out of a title of the broader one. */
  qualifiers: string[];
  /** Other occupations a person wanting this one would also take. */
  accepts: string[];
}

/** The occupations data file as parsed: family → occupations. */
export type OccupationData = Readonly<Record<string, ReadonlyArray<Partial<Record<keyof Occupation, unknown>>>>>;

interface Entry {
  id: string;
  /** How many words the catalog title has: the longer, the more specific. */
  size: number;
}

/**
 * The occupations, indexed for lookup by title words: each catalog title (and each qualifier) is
 * a key of space-joined comparable words, so matching a title is a dictionary lookup per n-gram.
 */
export class OccupationCatalog {
  readonly occupations: ReadonlyMap<string, Occupation>;
  /** Longest catalog title, in words: n-grams longer than this cannot match. */
  readonly maxWords: number;
  private readonly byTitle = new Map<string, Entry>();
  private readonly byQualifier = new Map<string, string[]>();
  private readonly children = new Map<string, string[]>();
  private readonly byName = new Map<string, string>();
  private readonly below = new Map<string, ReadonlyMap<string, number>>();
  /** Catalog titles claimed by two occupations: the first keeps them (a test keeps this empty). */
  readonly conflicts: string[] = [];

  constructor(occupations: readonly Occupation[]) {
    this.occupations = new Map(occupations.map((o) => [o.id, o]));
    let maxWords = 1;
    for (const o of occupations) {
      this.byName.set(o.name, o.id);
      for (const title of [o.name, ...o.titles]) {
        const words = occupationWords(title);
        const key = words.join(' ');
        const held = this.byTitle.get(key);
        if (held && held.id !== o.id) this.conflicts.push(`${key}: ${held.id}, ${o.id}`);
        if (!held) this.byTitle.set(key, { id: o.id, size: words.length });
        maxWords = Math.max(maxWords, words.length);
      }
      for (const q of o.qualifiers) {
        const key = occupationWords(q).join(' ');
        this.byQualifier.set(key, [...(this.byQualifier.get(key) ?? []), o.id]);
        maxWords = Math.max(maxWords, key.split(' ').length);
      }
      if (o.under) this.children.set(o.under, [...(this.children.get(o.under) ?? []), o.id]);
    }
    this.maxWords = maxWords;
  }

  get(id: string): Occupation | undefined {
    return this.occupations.get(id);
  }

  /** The occupation a name stands for ("backend engineer" → backend-engineer). */
  idOfName(name: string): string | undefined {
    return this.byName.get(name);
  }

  titleEntry(key: string): Entry | undefined {
    return this.byTitle.get(key);
  }

  qualifierOwners(key: string): readonly string[] {
    return this.byQualifier.get(key) ?? [];
  }

  /** Every specialisation of `id`, at any depth, with its depth below `id`. */
  descendants(id: string): ReadonlyMap<string, number> {
    const known = this.below.get(id);
    if (known) return known;
    const out = new Map<string, number>();
    const walk = (parent: string, depth: number): void => {
      for (const child of this.children.get(parent) ?? []) {
        if (out.has(child)) continue;
        out.set(child, depth);
        walk(child, depth + 1);
      }
    };
    walk(id, 1);
    this.below.set(id, out);
    return out;
  }

  /** The broader occupations of `id`, nearest first. */
  ancestors(id: string): string[] {
    const out: string[] = [];
    for (let up = this.get(id)?.under; up && !out.includes(up); up = this.get(up)?.under) out.push(up);
    return out;
  }
}

function strings(value: unknown, where: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' || typeof v === 'number')) {
    throw new Error(`${where} must be a list of words`);
  }
  return value.map(String);
}

/**
 * Checks and indexes the parsed data file. A malformed entry or a reference to an unknown
 * occupation is an error naming it: the file is ours, so a mistake must fail loudly in tests.
 */
export function buildOccupationCatalog(data: OccupationData): OccupationCatalog {
  const occupations: Occupation[] = [];
  for (const [family, list] of Object.entries(data)) {
    if (!Array.isArray(list)) throw new Error(`occupation family ${family} must be a list`);
    for (const raw of list) {
      const { id, name } = raw;
      if (typeof id !== 'string' || typeof name !== 'string') {
        throw new Error(`an occupation in ${family} needs an id and a name`);
      }
      const under = raw.under;
      if (under !== undefined && typeof under !== 'string') throw new Error(`${id}: under must be an id`);
      occupations.push({
        id,
        name,
        family,
        titles: strings(raw.titles, `${id}: titles`),
        qualifiers: strings(raw.qualifiers, `${id}: qualifiers`),
        accepts: strings(raw.accepts, `${id}: accepts`),
        ...(under ? { under } : {}),
      });
    }
  }
  const ids = new Set<string>();
  for (const o of occupations) {
    if (ids.has(o.id)) throw new Error(`occupation id ${o.id} is used twice`);
    ids.add(o.id);
  }
  for (const o of occupations) {
    for (const ref of [...o.accepts, ...(o.under ? [o.under] : [])]) {
      if (!ids.has(ref)) throw new Error(`${o.id} refers to an unknown occupation ${ref}`);
    }
  }
  return new OccupationCatalog(occupations);
}
