import { negatedSpans } from './prefs-negation';
import { excludedIndustriesFrom } from './prefs-filters';

// Negation scope over coordinated lists, in wordings the corpus does not use.
describe('negation scope', () => {
  const refused = (text: string) => negatedSpans(text).map((s) => text.slice(s.start, s.end).trim());

  it.each([
    ['no tobacco, no vaping and no alcohol brands', ['tobacco', 'alcohol']],
    ['Not keen on defence, oil and gas or mining. Fintech is fine.', ['defense', 'oil and gas']],
    ['please leave out insurers and banks — and honestly all fintechs', ['insurance', 'banking', 'fintech']],
    ['Every industry but casinos or payday lenders', ['gambling', 'payday lending']],
    ['I want nothing to do with crypto (NFTs, DeFi) or adult sites', ['crypto', 'adult']],
    ["I'd rather not work in telecoms, social networks or e-commerce", ['telecom', 'social media', 'e-commerce']],
    ['web3-free and ad-free, please', ['crypto', 'adtech']],
    ["Healthcare is fine; pharma isn't.", ['pharma']],
    ['Crypto is a hard no. Gambling is off the table too.', ['crypto', 'gambling']],
    // cues of distaste, and refusals taken back
    ["I'm allergic to adtech and done with social media", ['adtech', 'social media']],
    ['Steer well clear of defence; keep me away from ed-tech. Sick of MLM outfits.', ['defense', 'edtech', 'mlm']],
    ['No pharma or tobacco. Hmm, actually pharma is fine.', ['tobacco']],
    ['No insurance or banking please. Oh actually banks are fine, just no insurance.', ['insurance']],
    ['No real estate developers — wait, actually developers are fine', []],
    ['not interested in Bol Retail Group or casinos', ['gambling']],
    // "-ing" forms of the cues, "want out of", "nor" opening a clause; more names for an industry
    ['Keeping well away from casinos, getting out of insurance', ['gambling', 'insurance']],
    ['I want out of retail. Telecoms is fine, nor do I mind banks', ['e-commerce']],
    ["Won't do tobacco — life's short — nor petrochemicals", ['tobacco', 'oil and gas']],
    ['no e-learning startups, no labor hire outfits', ['edtech', 'staffing']],
  ])('%p refuses %j', (text, industries) => {
    expect(excludedIndustriesFrom(text).sort()).toEqual([...industries].sort());
  });

  it.each([
    ['No gambling, I live in Leeds and want hybrid', ['No gambling']],
    ['not crypto, mid level is right for me', ['not crypto']],
    ['Skip insurers; banks are fine', ['Skip insurers']],
    ["don't show me agencies, I am looking for in-house roles", ["don't show me agencies"]],
    ['Drop me a line about data roles, no crypto', ['no crypto']],
  ])('%p stops the refusal where a new thought starts', (text, spans) => {
    expect(refused(text)).toEqual(spans);
  });

  it.each(['no problem with hybrid', 'not necessarily remote', 'no older than 30 days'])(
    '%p refuses nothing',
    (text) => {
      expect(negatedSpans(text)).toEqual([]);
    },
  );
});
