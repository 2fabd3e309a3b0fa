/** Industries people commonly rule out, canonical name → words a person may use for them ("no web3"). */
export const INDUSTRY_TERMS: Record<string, string[]> = {
  crypto: [
    'crypto',
    'cryptocurrency',
    'cryptocurrencies',
    'web3',
    'blockchain',
    'nft',
    'nfts',
    'defi',
    'bitcoin',
    'ethereum',
    'digital assets',
  ],
  gambling: ['gambling', 'betting', 'casino', 'casinos', 'igaming', 'sportsbook', 'lottery', 'poker'],
  defense: ['defense', 'defence', 'military', 'weapons', 'munitions', 'arms'],
  tobacco: ['tobacco', 'vaping', 'nicotine', 'cigarettes'],
  adult: ['adult content', 'adult entertainment', 'porn'],
  'oil and gas': ['oil and gas', 'oil & gas', 'fossil fuels', 'petroleum'],
  adtech: ['adtech', 'ad tech', 'ad-tech', 'advertising technology', 'advertising', 'martech'],
  'payday lending': ['payday loans', 'payday lending'],
  mlm: ['mlm', 'multi-level marketing'],
  alcohol: ['alcohol', 'liquor', 'spirits'],
  staffing: [
    'agency',
    'agencies',
    'recruitment agency',
    'recruitment agencies',
    'recruiting agencies',
    'recruitment firms',
    'recruiting firms',
    'staffing agency',
    'staffing agencies',
    'staffing firms',
    'staffing companies',
    'recruiters',
    'third-party recruiters',
    'headhunters',
  ],
  fintech: ['fintech', 'fin tech', 'fintechs', 'financial technology'],
  insurance: ['insurance', 'insurtech', 'insurers', 'insurance companies'],
  banking: ['banking', 'banks', 'bank', 'investment banking', 'investment banks'],
  healthcare: ['healthcare', 'health care', 'healthtech', 'health tech', 'medtech', 'hospitals'],
  pharma: ['pharma', 'pharmaceutical', 'pharmaceuticals', 'biopharma', 'life sciences'],
  edtech: ['edtech', 'ed tech', 'education technology', 'education'],
  gaming: ['gaming', 'video games', 'games', 'game studios', 'game development', 'gamedev'],
  'e-commerce': ['ecommerce', 'e commerce', 'retail', 'online retail', 'retailers'],
  consulting: ['consulting', 'consultancy', 'consultancies', 'consulting firms', 'it services', 'outsourcing'],
  government: ['government', 'public sector', 'govtech', 'gov tech', 'federal government'],
  telecom: ['telecom', 'telecoms', 'telecommunications', 'telco', 'telcos'],
  automotive: ['automotive', 'car companies', 'carmakers', 'car manufacturers', 'automakers'],
  'real estate': ['real estate', 'proptech', 'property'],
  'social media': ['social media', 'social networks', 'social networking'],
};

/** The canonical industry for a word ("web3" → "crypto"), or null. */
export function canonicalIndustry(term: string): string | null {
  const t = term.trim().toLowerCase();
  for (const [name, words] of Object.entries(INDUSTRY_TERMS)) if (name === t || words.includes(t)) return name;
  return null;
}
