// Saying sponsorship is not needed, or a status that makes it unnecessary ("EU citizen", "permanent resident",
// "Need sponsorship? No").
const NOT_NEEDED = new RegExp(
  [
    "\\b(?:don'?t|do\\s+not|won'?t|will\\s+not|no|never|without)\\s+(?:\\w+\\s+)?(?:need|require)\\w*\\s+(?:a\\s+|any\\s+)?(?:visa|sponsorship|work\\s+permit)",
    '\\bno\\s+(?:\\w+\\s+)?(?:visa|sponsorship)(?:\\s+\\w+)?\\s+(?:needed|required|necessary)\\b',
    '\\b(?:visa|sponsorship)\\s*(?:needed|required)?\\s*\\?\\s*no\\b',
    '\\b(?:visa|sponsorship)\\s*:\\s*(?:no|not\\s+(?:needed|required))\\b',
    "\\b(?:i'm|i\\s+am|as\\s+an?)\\s+(?:an?\\s+)?(?:\\w+\\s+)?(?:citizen|national|permanent\\s+resident|green\\s+card\\s+holder)\\b",
    '\\b(?:have|hold)\\s+(?:an?\\s+|the\\s+)?(?:right\\s+to\\s+work|work\\s+authori[sz]ation|green\\s+card|permanent\\s+residency)\\b',
  ].join('|'),
  'i',
);
// Saying the employer must provide the right to work: "I need visa sponsorship", "the employer must sponsor
// my visa", "I'd need the new employer to sponsor a transfer", "need the employer to arrange my work visa".
const NEEDED = new RegExp(
  [
    '\\b(?:need|needs|require|requires|requiring|will\\s+need)\\b[^.;\\n]{0,40}\\b(?:visa|sponsorship|sponsor|work\\s+permit|h-?1b)\\b',
    '\\b(?:visa\\s+)?sponsorship\\s+(?:is\\s+)?(?:needed|required|a\\s+must)\\b',
    '\\b(?:must|has\\s+to|have\\s+to|should)\\s+(?:sponsor|arrange|provide)\\b[^.;\\n]{0,20}\\b(?:visa|permit|sponsorship)?',
  ].join('|'),
  'i',
);

/** Whether the person needs the employer to sponsor a visa or work permit. */
export function needsVisaFrom(text: string): boolean {
  if (NOT_NEEDED.test(text)) return false;
  return NEEDED.test(text);
}
