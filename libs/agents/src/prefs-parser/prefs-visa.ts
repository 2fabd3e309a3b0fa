// The names of a right to work that an employer sponsors: visas, permits and passes ("Blue Card",
// "Employment Pass", "H-1B").
const RIGHT_TO_WORK =
  '(?:visa|sponsorship|sponsor|work\\s+permit|permit|h-?1b|blue\\s+card|(?:employment|work|s)\\s+pass|tier\\s*2)';

// Saying sponsorship is not needed: "no sponsorship required", "Need sponsorship? No", "I don't need a visa".
const NOT_NEEDED = new RegExp(
  [
    "\\b(?:don'?t|do\\s+not|won'?t|will\\s+not|no|never|without)\\s+(?:\\w+\\s+)?(?:need|require)\\w*\\s+(?:a\\s+|any\\s+)?(?:visa|sponsorship|work\\s+permit)",
    '\\bno\\s+(?:\\w+\\s+)?(?:visa|sponsorship)(?:\\s+\\w+)?\\s+(?:needed|required|necessary)\\b',
    '\\b(?:visa|sponsorship)\\s*(?:needed|required)?\\s*\\?\\s*no\\b',
    '\\b(?:visa|sponsorship)\\s*:\\s*(?:no|not\\s+(?:needed|required))\\b',
  ].join('|'),
  'i',
);
// A status that makes sponsorship unnecessary ("EU citizen", "permanent resident") unless the text
// also says, unnegated, that an employer must sponsor ("Indian citizen … would need to sponsor my permit").
const STATUS = new RegExp(
  [
    "\\b(?:i'm|i\\s+am|as\\s+an?)\\s+(?:an?\\s+)?(?:\\w+\\s+)?(?:citizen|national|permanent\\s+resident|green\\s+card\\s+holder)\\b",
    '\\b(?:have|hold)\\s+(?:an?\\s+|the\\s+)?(?:right\\s+to\\s+work|work\\s+authori[sz]ation|green\\s+card|permanent\\s+residency)\\b',
  ].join('|'),
  'i',
);
// Saying the employer must provide the right to work: "I need visa sponsorship", "the employer must sponsor
// my visa", "I'd need the new employer to sponsor a transfer", "a hospital that will sponsor my visa".
const NEEDED = new RegExp(
  [
    `\\b(?:need|needs|require|requires|requiring|will\\s+need)\\b[^.;\\n]{0,40}\\b${RIGHT_TO_WORK}\\b`,
    '\\b(?:visa\\s+)?sponsorship\\s+(?:is\\s+)?(?:needed|required|a\\s+must)\\b',
    '\\b(?:must|has\\s+to|have\\s+to|should)\\s+(?:sponsor|arrange|provide)\\b[^.;\\n]{0,20}\\b(?:visa|permit|sponsorship)?',
    `\\b(?:will|would|can|could|willing\\s+to|able\\s+to)\\s+sponsor\\s+(?:me|my|a|an|the)\\b[^.;\\n]{0,30}\\b${RIGHT_TO_WORK}`,
  ].join('|'),
  'gi',
);
// "no need for sponsorship", "never needed a visa": a negation just before the need takes it back.
const NEGATED_BEFORE = /\b(?:no|not|don'?t|never|without|won'?t)\s+(?:\w+\s+)?$/i;

/** Whether the person needs the employer to sponsor a visa or work permit. */
export function needsVisaFrom(text: string): boolean {
  if (NOT_NEEDED.test(text)) return false;
  const needs = [...text.matchAll(NEEDED)];
  if (!needs.some((m) => !NEGATED_BEFORE.test(text.slice(0, m.index)))) return false;
  // A status stated with no sponsorship asked for after it makes the need moot.
  const status = STATUS.exec(text);
  return !status || needs.some((m) => m.index > status.index);
}
