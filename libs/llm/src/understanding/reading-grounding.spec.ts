import { companyGrounded, industryGrounded, roleGrounded, sameStem } from './reading-grounding';

describe('roleGrounded', () => {
  it.each([
    ['nurse', 'Looking for staff nursing jobs in Dublin'],
    ['math teacher', 'high school mathematics teaching, Leeds'],
    ['backend engineer', 'Java/Spring backend, remote'],
    ['frontend engineer', 'no front-end please'],
    ['machine learning engineer', 'ML roles in Berlin'],
    ['site reliability engineer', 'SRE or platform work'],
    ['software engineer', 'SDE-2 at a product company'],
    ['product manager', 'PM roles, fintech ok'],
    ['software engineer', 'Softwareentwickler in München'],
    ['infrastructure engineer', 'staff/principal infra, SF'],
  ])('finds "%s" in "%s"', (role, text) => {
    expect(roleGrounded(role, text)).toBe(true);
  });

  it.each([
    ['product manager', 'Backend roles in Pune, meet at 3 pm'],
    ['data scientist', 'Backend or platform roles in Bangalore'],
    ['registered nurse', 'hybrid in Toronto, 90k CAD'],
  ])('does not find "%s" in "%s"', (role, text) => {
    expect(roleGrounded(role, text)).toBe(false);
  });
});

describe('companyGrounded and industryGrounded', () => {
  it('finds companies by their name whatever the case or spacing, and industries by the words people use', () => {
    expect(companyGrounded('Stratus Ledger', "I'd rather not work at stratus  ledger")).toBe(true);
    expect(companyGrounded('Stratus', 'Stratusphere only')).toBe(false);
    expect(industryGrounded('crypto', 'no web3 or NFT shops')).toBe(true);
    expect(industryGrounded('staffing', 'no recruitment agencies')).toBe(true);
    expect(industryGrounded('gambling', 'no crypto')).toBe(false);
    // In any case or form: capitals, plurals, the stem of a word.
    expect(industryGrounded('mlm', 'no MLM stuff')).toBe(true);
    expect(industryGrounded('payday lending', 'no payday loan companies')).toBe(true);
    expect(industryGrounded('gambling', "I don't want work with bets (apostas)")).toBe(true);
    expect(industryGrounded('banking', 'Bangalore only')).toBe(false);
    expect(industryGrounded('oil and gas', 'nothing in oil & gas')).toBe(true);
  });
});

describe('sameStem', () => {
  it.each([
    ['nurse', 'nursing', true],
    ['developer', 'development', true],
    ['betting', 'bets', true],
    ['infrastructure', 'infra', true],
    ['engineer', 'eng', false],
    ['bank', 'bangalore', false],
    ['manager', 'many', false],
  ])('%s ~ %s: %s', (wanted, written, same) => {
    expect(sameStem(wanted, written)).toBe(same);
  });
});
