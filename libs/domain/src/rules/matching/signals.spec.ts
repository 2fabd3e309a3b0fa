import { employmentTypeKey } from './employment-type';
import { convertCurrency } from './fx';
import { jobTextShowsIndustry } from './industry-signals';
import { noSponsorshipPhrase } from './visa';

describe('noSponsorshipPhrase', () => {
  it.each([
    'We cannot sponsor visas for this position.',
    'Visa sponsorship is not available.',
    'No sponsorship is offered.',
    'We do not offer visa sponsorship at this time.',
    'Candidates must be able to work without current or future sponsorship.',
    'This role is not eligible for visa sponsorship.',
  ])('finds "%s"', (text) => expect(noSponsorshipPhrase(text)).not.toBeNull());

  it.each([
    'We offer visa sponsorship.',
    'Visa sponsorship available for exceptional candidates.',
    'Sponsorship not required? Tell us in your application.',
    'We support relocation and immigration.',
  ])('ignores "%s"', (text) => expect(noSponsorshipPhrase(text)).toBeNull());
});

describe('employmentTypeKey', () => {
  it('folds vendor spellings', () => {
    expect(employmentTypeKey('FULL_TIME')).toBe('fulltime');
    expect(employmentTypeKey('Full-time')).toBe('fulltime');
    expect(employmentTypeKey('Part time')).toBe('parttime');
    expect(employmentTypeKey('Contractor')).toBe('contract');
    expect(employmentTypeKey('Werkstudent')).toBe('internship');
    expect(employmentTypeKey('Other')).toBeNull();
  });
});

describe('convertCurrency', () => {
  it('converts through the fixed table and refuses unknown currencies', () => {
    expect(convertCurrency(100, 'usd', 'USD')).toBe(100);
    expect(convertCurrency(1_000_000, 'INR', 'USD')).toBeCloseTo(12_000, -2);
    expect(convertCurrency(1, 'XXX', 'USD')).toBeNull();
  });
});

describe('jobTextShowsIndustry', () => {
  it('needs two mentions in the description, one in the title', () => {
    expect(jobTextShowsIndustry('Engineer', 'We use blockchain.', 'crypto')).toBeNull();
    expect(jobTextShowsIndustry('Engineer', 'A blockchain company building on Ethereum.', 'crypto')).toBe('blockchain');
    expect(jobTextShowsIndustry('Blockchain Engineer', '', 'web3')).toBe('blockchain');
    expect(jobTextShowsIndustry('Cryptographer', 'cryptography, cryptographic, crypto-agility', 'crypto')).toBeNull();
  });
});
