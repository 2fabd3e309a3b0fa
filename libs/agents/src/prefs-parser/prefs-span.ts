/**
 * A stretch of the text that a negation governs ("not interested in crypto or web3"). Its own
 * file: prefs-negation uses prefs-taken-back, which needs this type too.
 */
export interface Span {
  start: number;
  end: number;
  /** The refused words come before the cue ("pharma isn't"), so the span starts with them. */
  subject?: boolean;
}
