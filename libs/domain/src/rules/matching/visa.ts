// Phrases employers use to say they will not sponsor a work visa. "We offer visa sponsorship"
// and "sponsorship available" must not match, so every pattern carries its negation.
const NO_SPONSORSHIP: readonly RegExp[] = [
  /\b(?:unable|not able|cannot|can ?not|can't|won't|will not|do not|don't|does not|doesn't|are not|is not|not)\s+(?:currently\s+|able to\s+|in a position to\s+)?(?:to\s+)?(?:offer|offering|provide|providing|sponsor|sponsoring|support|supporting)\b[^.;\n]{0,40}?\b(?:visa|visas|sponsorship|work permits?|immigration)/i,
  /\bno\s+(?:visa\s+|immigration\s+|work permit\s+)?sponsorship\b/i,
  /\b(?:visa\s+)?sponsorship\s+(?:is\s+)?(?:not|unavailable)\b(?!\s+required)/i,
  /\bwithout\s+(?:the\s+)?(?:need\s+for\s+|requiring\s+)?(?:current\s+or\s+future\s+)?(?:visa\s+|employer\s+)?sponsorship\b/i,
  /\bnot\s+eligible\s+for\s+(?:visa\s+)?sponsorship\b/i,
];

/** The phrase in the text that rules out visa sponsorship, or null. */
export function noSponsorshipPhrase(text: string): string | null {
  for (const re of NO_SPONSORSHIP) {
    const m = re.exec(text);
    if (m) return m[0];
  }
  return null;
}
