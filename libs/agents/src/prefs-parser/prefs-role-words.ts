import { ENGINEERING_SPECIALTIES } from '@job-hunter/domain';

/**
 * The small vocabulary of the role-phrase grammar (prefs-roles.ts): field nouns, specialities, the words
 * that mark a role ("roles", "jobs") and the words that never qualify one.
 */

/** Field nouns that make a role when roles are being asked for: "platform engineering roles" → engineer. */
export const FIELD_HEADS: Readonly<Record<string, string>> = {
  engineering: 'engineer',
  development: 'developer',
  science: 'scientist',
  analytics: 'analyst',
  management: 'manager',
  design: 'designer',
  research: 'researcher',
  architecture: 'architect',
};
/** Specialities that imply the role noun when followed by "roles/jobs": "backend or platform roles". */
export const IMPLIED_HEADS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(ENGINEERING_SPECIALTIES.map((w) => [w, 'engineer'])),
  product: 'manager',
};
/** Leadership nouns that name a role with "of" and a field: "head of growth", "VP of engineering". */
/** Fields a leader heads without "of" ("VP Engineering", "Head Product"), besides the field nouns. */
export const OF_FIELDS = new Set(
  'product marketing sales data growth operations people finance technology design'.split(' '),
);
export const LEADS_A_FIELD = new Set(['head', 'vp', 'director', 'chief']);
export const ROLE_WORDS =
  /^(?:roles?|jobs?|positions?|posts?|openings?|opportunit(?:y|ies)|vacanc(?:y|ies)|work|track|internships?)$/i;
/**
 * Specialities that are a role on their own in a note ("sr backend, blr", "staff/principal infra.",
 * "Looking for backend in Hyderabad"): when nothing or only a list, place or preposition follows them.
 * Broad words (software, systems, web, security, cloud) need a role noun or a role word.
 */
export const BARE_SPECIALTIES = new Set(
  'backend back-end frontend front-end fullstack full-stack platform infrastructure infra mobile ios android devops ml embedded firmware'.split(
    ' ',
  ),
);
// "experience in data science": a field named as the person's past, not as a wish.
export const PAST_WORDS = new Set('experience background degree studied worked years knowledge expertise'.split(' '));
export const WISH_WORDS = new Set(
  'want wants wanting looking seeking move moving switch into interested open prefer'.split(' '),
);

/** What a role-like phrase names when one of these follows it: "a skilled worker visa" is a visa. */
export const NOT_A_ROLE_AFTER = /^(?:visas?|permits?|route|status|sponsorship|scheme)$/i;
/** Client-facing work named without a role noun: "customer support", "client success". */
export const CLIENT_WORK = { who: /^(?:customer|client)$/i, work: /^(?:support|service|services|success|care)$/i };

export const AFTER_BARE = /^(?:,|\/|in|at|for|with|from|on|near|only|or|and|\+)$/i;
export const COORDINATORS = /^(?:or|and|,|\/|&|\+)$/i;
// Words that never qualify a role: grammar, wishes, work models, contract types, pay and time words.
export const NOT_QUALIFIERS = new Set(
  `a an the my our your their his her its i i'm im me we you he she they it is am are was were be been being become
  to of in on at by for from with within without into onto near around across as via per or and nor but also too
  very really just only any some all other more most new good great interesting relevant similar related kind type
  types like looking seeking seek want wanting wants interested open prefer preferred preferably ideally target
  targeting find need needs hiring hire apply applying working career careers remote remotely hybrid onsite on-site
  in-office in-house wfh full-time part-time fulltime parttime contract contractor freelance permanent temporary
  internship graduate fresher freshers entry level mid-level ic individual contributor plus based live living
  located relocate relocation currently now ok okay fine welcome available immediately companies company startup
  startups years year experience exp salary minimum min max lpa ctc base pay comp compensation posted
  days weeks months last past recent either both such e.g eg etc something anything someone strong hands-on
  rather actually instead wait scratch that mean make
  titles title doing do get land love enjoy know use using used have has had build building built
  certified licensed accredited qualified experienced seasoned skilled old older newer former formerly ex previously`
    .split(/\s+/)
    .filter(Boolean),
);
