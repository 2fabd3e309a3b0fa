import { containsPhrase, countPhrase, matchKey } from './match-text';

interface IndustrySignals {
  /** Words that name the industry the person excludes (what they may write). */
  names: string[];
  /** Whole-word phrases that, in a job's text, show the job is in that industry. */
  signals: string[];
}

// Signals are whole words, so "crypto" never matches "cryptography" or "cryptographic";
// generic words that other industries use too ("token" alone, "DAO", "digital assets") are left out on purpose.
const INDUSTRIES: readonly IndustrySignals[] = [
  {
    names: ['crypto', 'cryptocurrency', 'blockchain', 'web3', 'defi', 'nft', 'digital assets'],
    signals: [
      'crypto',
      'cryptocurrency',
      'cryptocurrencies',
      'blockchain',
      'web3',
      'web 3',
      'defi',
      'decentralized finance',
      'decentralised finance',
      'nft',
      'token sale',
      'smart contract',
      'bitcoin',
      'ethereum',
      'solana',
      'stablecoin',
      'dapp',
      'onchain',
      'on chain',
    ],
  },
  {
    names: ['gambling', 'betting', 'casino', 'igaming', 'sportsbook', 'gaming and betting'],
    signals: ['gambling', 'betting', 'casino', 'igaming', 'sportsbook', 'sports betting', 'online poker', 'wagering'],
  },
  {
    names: ['defense', 'defence', 'military', 'weapons', 'arms'],
    // "military" alone is left out: US equal-opportunity statements mention "military status".
    signals: [
      'defense contractor',
      'defence contractor',
      'defense industry',
      'weapons',
      'munitions',
      'warfighter',
      'missile',
    ],
  },
  {
    names: ['tobacco', 'vaping', 'nicotine'],
    signals: ['tobacco', 'vaping', 'nicotine', 'cigarette', 'e cigarette'],
  },
  {
    names: ['adult', 'adult entertainment', 'porn'],
    signals: ['adult entertainment', 'adult content', 'pornography'],
  },
  {
    names: ['oil and gas', 'oil gas', 'fossil fuels', 'petroleum'],
    signals: ['oil and gas', 'petroleum', 'fossil fuel', 'oilfield', 'upstream oil'],
  },
  {
    names: ['alcohol', 'liquor', 'spirits'],
    signals: ['alcoholic beverages', 'liquor', 'brewery', 'distillery'],
  },
];

/** What an excluded-industry word means: a known industry's signals, else the word itself. */
export function industrySignals(excluded: string): IndustrySignals {
  const key = matchKey(excluded);
  const known = INDUSTRIES.find((i) => i.names.some((n) => matchKey(n) === key));
  return known ?? { names: [excluded], signals: [excluded] };
}

/** The company's declared industries name the excluded one. */
export function industryListMatches(companyIndustries: readonly string[], excluded: string): boolean {
  const { names, signals } = industrySignals(excluded);
  const phrases = [...names, ...signals];
  return companyIndustries.some((ind) => phrases.some((p) => containsPhrase(ind, p)));
}

/**
 * The job's own text shows the industry: a signal in the title, or in the description
 * either two different signals or one signal twice. One passing mention ("unlike crypto
 * firms…") is not enough to drop a job.
 */
export function jobTextShowsIndustry(title: string, description: string, excluded: string): string | null {
  const { signals } = industrySignals(excluded);
  const t = matchKey(title);
  const inTitle = signals.find((s) => countPhrase(t, s) > 0);
  if (inTitle) return inTitle;
  const d = matchKey(description);
  const hits = signals.map((s) => ({ s, n: countPhrase(d, s) })).filter((h) => h.n > 0);
  const total = hits.reduce((sum, h) => sum + h.n, 0);
  return hits.length >= 2 || total >= 2 ? (hits[0]?.s ?? null) : null;
}
