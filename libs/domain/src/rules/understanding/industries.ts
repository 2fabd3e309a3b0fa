/** Industries people commonly rule out, canonical name → words that signal them in text. */
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
  ],
  gambling: ['gambling', 'betting', 'casino', 'casinos', 'igaming', 'sportsbook', 'lottery', 'poker'],
  defense: ['defense', 'defence', 'military', 'weapons', 'munitions'],
  tobacco: ['tobacco', 'vaping', 'nicotine', 'cigarettes'],
  adult: ['adult content', 'adult entertainment', 'porn'],
  'oil and gas': ['oil and gas', 'oil & gas', 'fossil fuels', 'petroleum'],
  adtech: ['adtech', 'ad tech', 'advertising technology'],
  'payday lending': ['payday loans', 'payday lending'],
  mlm: ['mlm', 'multi-level marketing'],
};

/** The canonical industry for a word ("web3" → "crypto"), or null. */
export function canonicalIndustry(term: string): string | null {
  const t = term.trim().toLowerCase();
  for (const [name, words] of Object.entries(INDUSTRY_TERMS)) if (name === t || words.includes(t)) return name;
  return null;
}
