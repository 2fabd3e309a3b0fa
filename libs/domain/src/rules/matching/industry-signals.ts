import { canonicalIndustry } from '../understanding';
import { containsPhrase, countPhrase, matchKey } from './match-text';

interface IndustrySignals {
  /** Whole-word phrases that, in a company's declared industries or its name, show it is in the industry. */
  labels: string[];
  /** Whole-word phrases that, in a job's title or description, show the job is in that industry. */
  signals: string[];
  /** Words that show the industry in a title but are too common in descriptions ("health insurance" as a benefit). */
  titleWords?: string[];
}

// Signals are whole words, so "crypto" never matches "cryptography" or "cryptographic"; generic words that
// other industries use too ("token" alone, "payments", "players", "our clients") are left out on purpose:
// a payments engineer at a retailer is not in fintech, and a consultancy also works for clients.
const INDUSTRIES: Readonly<Record<string, IndustrySignals>> = {
  crypto: {
    labels: ['crypto', 'cryptocurrency', 'blockchain', 'web3', 'defi', 'nft', 'digital assets'],
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
  gambling: {
    labels: ['gambling', 'betting', 'casino', 'igaming', 'sportsbook', 'gaming and betting'],
    signals: ['gambling', 'betting', 'casino', 'igaming', 'sportsbook', 'sports betting', 'online poker', 'wagering'],
  },
  defense: {
    labels: ['defense', 'defence', 'military', 'weapons', 'arms'],
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
  tobacco: {
    labels: ['tobacco', 'vaping', 'nicotine'],
    signals: ['tobacco', 'vaping', 'nicotine', 'cigarette', 'e cigarette'],
  },
  adult: {
    labels: ['adult', 'adult entertainment', 'porn'],
    signals: ['adult entertainment', 'adult content', 'pornography'],
  },
  'oil and gas': {
    labels: ['oil and gas', 'oil gas', 'fossil fuels', 'petroleum'],
    signals: ['oil and gas', 'petroleum', 'fossil fuel', 'oilfield', 'upstream oil'],
  },
  alcohol: {
    labels: ['alcohol', 'liquor', 'spirits'],
    signals: ['alcoholic beverages', 'liquor', 'brewery', 'distillery'],
  },
  adtech: {
    labels: ['adtech', 'ad tech', 'advertising', 'advertising technology', 'martech', 'marketing technology'],
    signals: ['adtech', 'ad tech', 'programmatic advertising', 'demand side platform', 'ad exchange', 'ad serving'],
  },
  // Employers' own postings often say they take no CVs from agencies, so only an agency's own words count.
  staffing: {
    labels: ['staffing', 'recruitment', 'recruiting agency', 'recruiting firm', 'executive search', 'headhunting'],
    signals: [
      'we are a recruitment agency',
      'we are a staffing agency',
      'we are a staffing firm',
      'acting as an employment agency',
      'acting as an employment business',
      'on behalf of our client',
      'hiring for our client',
      'hiring for a client',
      'our client is',
      'one of our clients',
    ],
  },
  fintech: {
    labels: ['fintech', 'fin tech', 'financial technology', 'payments', 'neobank', 'digital banking', 'lending'],
    signals: ['fintech', 'neobank', 'challenger bank', 'digital bank', 'open banking', 'buy now pay later', 'bnpl'],
  },
  insurance: {
    labels: ['insurance', 'insurtech', 'insurer', 'reinsurance'],
    signals: ['insurtech', 'insurer', 'insurance company', 'insurance provider', 'insurance carrier', 'underwriting'],
    titleWords: ['insurance'],
  },
  banking: {
    labels: ['banking', 'bank', 'investment banking', 'financial services'],
    signals: [
      'investment bank',
      'retail bank',
      'commercial bank',
      'banking group',
      'private banking',
      'corporate banking',
    ],
    titleWords: ['banking'],
  },
  healthcare: {
    labels: ['healthcare', 'health care', 'healthtech', 'health tech', 'medtech', 'hospitals', 'digital health'],
    signals: [
      'healthcare provider',
      'hospital',
      'patient care',
      'clinicians',
      'healthtech',
      'digital health',
      'medtech',
      'electronic health records',
      'telehealth',
      'telemedicine',
    ],
    titleWords: ['healthcare', 'health care', 'clinical'],
  },
  pharma: {
    labels: ['pharma', 'pharmaceutical', 'pharmaceuticals', 'biopharma', 'life sciences'],
    signals: ['pharmaceutical', 'pharma', 'biopharma', 'drug discovery', 'drug development', 'clinical trials'],
  },
  edtech: {
    labels: ['edtech', 'ed tech', 'education', 'e learning', 'elearning', 'education technology'],
    signals: ['edtech', 'learners', 'online learning', 'e learning', 'education technology', 'classroom', 'teachers'],
  },
  gaming: {
    labels: ['gaming', 'games', 'video games', 'game development', 'esports'],
    signals: ['video game', 'game studio', 'game engine', 'unreal engine', 'gameplay', 'esports', 'mobile games'],
    titleWords: ['gaming', 'game'],
  },
  'e-commerce': {
    labels: ['ecommerce', 'e commerce', 'retail', 'online retail'],
    signals: ['ecommerce', 'e commerce', 'online store', 'online retailer', 'retailer', 'shoppers', 'storefront'],
  },
  consulting: {
    labels: ['consulting', 'consultancy', 'it services', 'management consulting', 'outsourcing'],
    signals: ['consulting firm', 'consultancy', 'management consulting', 'client engagements', 'systems integrator'],
  },
  government: {
    labels: ['government', 'public sector', 'govtech', 'public administration'],
    signals: [
      'government agency',
      'government agencies',
      'public sector',
      'govtech',
      'federal agency',
      'civil service',
    ],
    titleWords: ['government'],
  },
  telecom: {
    labels: ['telecom', 'telecoms', 'telecommunications', 'telco', 'wireless'],
    signals: ['telecom', 'telecoms', 'telecommunications', 'telco', 'mobile network operator', 'network operator'],
  },
  automotive: {
    labels: ['automotive', 'automobiles', 'car manufacturer', 'motor vehicles'],
    signals: ['automotive', 'automaker', 'carmaker', 'car manufacturer', 'vehicle manufacturer', 'adas'],
  },
  'real estate': {
    labels: ['real estate', 'proptech', 'property management'],
    signals: ['real estate', 'proptech', 'property management', 'homebuyers', 'landlords'],
  },
  'social media': {
    labels: ['social media', 'social network', 'social networking'],
    signals: ['social media platform', 'social network', 'social networking', 'content creators', 'influencers'],
  },
};

/** What an excluded-industry word means: a known industry's labels and signals, else the word itself. */
export function industrySignals(excluded: string): IndustrySignals {
  const known = INDUSTRIES[canonicalIndustry(matchKey(excluded)) ?? canonicalIndustry(excluded) ?? ''];
  return known ?? { labels: [excluded], signals: [excluded] };
}

/** The company's declared industries, or its own name ("Acme Insurance", "Hays Recruitment"), name the excluded one. */
export function industryListMatches(companyIndustries: readonly string[], excluded: string): boolean {
  const { labels, signals } = industrySignals(excluded);
  const phrases = [...labels, ...signals];
  return companyIndustries.some((ind) => phrases.some((p) => containsPhrase(ind, p)));
}

/**
 * The job's own text shows the industry: a signal in the title, or in the description
 * either two different signals or one signal twice. One passing mention ("unlike crypto
 * firms…") is not enough to drop a job.
 */
export function jobTextShowsIndustry(title: string, description: string, excluded: string): string | null {
  const { signals, titleWords = [] } = industrySignals(excluded);
  const t = matchKey(title);
  const inTitle = [...signals, ...titleWords].find((s) => countPhrase(t, s) > 0);
  if (inTitle) return inTitle;
  const d = matchKey(description);
  const hits = signals.map((s) => ({ s, n: countPhrase(d, s) })).filter((h) => h.n > 0);
  const total = hits.reduce((sum, h) => sum + h.n, 0);
  return hits.length >= 2 || total >= 2 ? (hits[0]?.s ?? null) : null;
}
