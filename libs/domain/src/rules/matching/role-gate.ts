import type { NormalisedJob } from '../../models/job';
import type { CandidateProfile, SearchPreferences } from '../../models/candidate';
import type { OccupationCatalog } from './occupation-catalog';
import { matchOccupation } from './occupation-matcher';
import { occupationWords } from './occupation-words';
import { recentTitles } from './score-title';

/** Why the role gate drops a job, or null when its kind of work is wanted. */
export type RoleVerdict = 'role' | 'excluded_role' | null;

/** What the gate was built from, so a reader can see which kinds of work it admits. */
export interface RoleGate {
  /** The roles the gate judges against: the wanted roles, else the resume's latest titles. */
  roles: string[];
  /** Names of the occupations admitted. Empty with no roles: then every job passes. */
  accepted: string[];
  /** Names of the occupations ruled out. */
  excluded: string[];
  verdict(job: Pick<NormalisedJob, 'title' | 'occupation'>): RoleVerdict;
}

// Words that say what kind of role, not what field: a title that shares only these with the
// wanted role ("Operations Manager" for a wanted "product manager") shares nothing that matters.
const GENERIC = new Set(
  `engineer developer manager specialist analyst consultant associate lead head director officer
  coordinator representative assistant executive intern worker technician administrator partner
  expert senior staff principal team role job remote`.split(/\s+/),
);
const SAME = new Map([['developer', 'engineer']]);

function keyWords(text: string): string[] {
  return occupationWords(text).map((w) => SAME.get(w) ?? w);
}

function fieldWords(text: string): string[] {
  return keyWords(text).filter((w) => !GENERIC.has(w));
}

/**
 * The roles the person is judged by: what they asked for, else their one or two latest titles.
 * The preferences reader fills a silent text's roles with the latest title alone; the one before
 * it is admitted too, since a person's last two roles are both work they can do, unless they left
 * it long ago (a software engineer until 2012 who has been a product manager since: recentTitles).
 */
export function rolesToJudge(
  prefs: SearchPreferences,
  profile: Pick<CandidateProfile, 'titles' | 'titleHistory'>,
): string[] {
  return judgedRoles(prefs, profile).roles;
}

/** The roles judged, and whether they are the resume's titles (the text named no role). */
function judgedRoles(
  prefs: SearchPreferences,
  profile: Pick<CandidateProfile, 'titles' | 'titleHistory'>,
): { roles: string[]; fromResume: boolean } {
  const latest = recentTitles(profile);
  if (!prefs.roles.length) return { roles: latest, fromResume: true };
  const [only] = prefs.roles;
  const fromResume =
    prefs.roles.length === 1 && only !== undefined && keyWords(only).join(' ') === keyWords(latest[0] ?? '').join(' ');
  return fromResume ? { roles: [only, ...latest.slice(1)], fromResume } : { roles: prefs.roles, fromResume };
}

function occupationId(catalog: OccupationCatalog, job: Pick<NormalisedJob, 'title' | 'occupation'>): string | null {
  if (job.occupation !== undefined) return job.occupation ? (catalog.idOfName(job.occupation) ?? null) : null;
  return matchOccupation(catalog, job.title)?.occupation.id ?? null;
}

/**
 * A role, its specialisations, its broader occupations and what it says it accepts. An accepted
 * occupation brings the specialisations it accepts itself: a platform engineer who takes
 * infrastructure work takes the cloud infrastructure job ("Infrastructure Engineer (GCP)") that an
 * infrastructure engineer would. A broader occupation of the role itself brings none ("Software
 * Engineer" may be backend work; "Software Engineer, Mobile" is not).
 */
function admitted(catalog: OccupationCatalog, id: string): string[] {
  const broader = catalog.ancestors(id);
  const accepts = catalog.get(id)?.accepts ?? [];
  const through = accepts
    .filter((a) => !broader.includes(a))
    .flatMap((a) => {
      const below = catalog.descendants(a);
      return (catalog.get(a)?.accepts ?? []).filter((d) => below.has(d));
    });
  return [id, ...catalog.descendants(id).keys(), ...broader, ...accepts, ...through];
}

function names(catalog: OccupationCatalog, ids: Iterable<string>): string[] {
  return [...new Set([...ids].map((id) => catalog.get(id)?.name ?? id))];
}

/**
 * Relevance before ranking: judges a job's kind of work (its title's occupation) against the
 * kinds the person wants and rules out.
 *
 * - A job whose occupation is ruled out, or a specialisation of one, is `excluded_role`; a ruled
 *   out role the catalog does not know drops the titles that contain its words.
 * - A job whose occupation is neither wanted nor accepted by a wanted one is `role`.
 * - A job whose title names no known occupation is kept only when its title shares a field word
 *   with a wanted role ("Backend Wizard" for a backend engineer): the catalog cannot tell what it
 *   is, and dropping every unusual title would hide real matches, while keeping them all would let
 *   any oddly titled posting of another profession through.
 * - A wanted role the catalog does not know admits the titles that contain all its field words.
 */
export function buildRoleGate(
  catalog: OccupationCatalog,
  roles: readonly string[],
  excludedRoles: readonly string[],
  opts: { judgeUnknownRoles?: boolean } = {},
): RoleGate {
  const accepted = new Set<string>();
  const unknownRoles: string[][] = [];
  for (const role of roles) {
    const m = matchOccupation(catalog, role);
    if (m) admitted(catalog, m.occupation.id).forEach((id) => accepted.add(id));
    else unknownRoles.push(fieldWords(role));
  }
  const excluded = new Set<string>();
  const unknownExcluded: string[][] = [];
  for (const role of excludedRoles) {
    const m = matchOccupation(catalog, role);
    if (m) [m.occupation.id, ...catalog.descendants(m.occupation.id).keys()].forEach((id) => excluded.add(id));
    else unknownExcluded.push(keyWords(role));
  }
  const roleFields = new Set(roles.flatMap(fieldWords));
  // Resume titles the catalog cannot read ("Member of Staff III") say too little to rule out
  // whole professions: then only the ruled-out roles are judged. Roles the person wrote are
  // judged even when unknown, by their words.
  const judgesRoles = roles.length > 0 && (opts.judgeUnknownRoles !== false || accepted.size > 0);

  const verdict = (job: Pick<NormalisedJob, 'title' | 'occupation'>): RoleVerdict => {
    const id = occupationId(catalog, job);
    const words = new Set(keyWords(job.title));
    const hasAll = (need: readonly string[]): boolean => need.length > 0 && need.every((w) => words.has(w));
    if ((id && excluded.has(id)) || unknownExcluded.some(hasAll)) return 'excluded_role';
    if (!judgesRoles) return null;
    if (id && accepted.has(id)) return null;
    if (unknownRoles.some(hasAll)) return null;
    if (!id && [...words].some((w) => roleFields.has(w))) return null;
    return 'role';
  };
  return {
    roles: [...roles],
    accepted: names(catalog, accepted),
    excluded: names(catalog, excluded),
    verdict,
  };
}

/** The gate for a person: their wanted roles (or latest titles) and the roles they ruled out. */
export function roleGateFor(
  catalog: OccupationCatalog,
  prefs: SearchPreferences,
  profile: Pick<CandidateProfile, 'titles'>,
): RoleGate {
  const { roles, fromResume } = judgedRoles(prefs, profile);
  return buildRoleGate(catalog, roles, prefs.excludedRoles ?? [], { judgeUnknownRoles: !fromResume });
}
