import { needsVisaFrom } from './prefs-visa';

describe('needsVisaFrom', () => {
  it.each([
    'I will require a work visa',
    'my new employer would have to sponsor me',
    'Visa sponsorship required',
    "I'm on a student visa, so I'd need sponsorship after graduating",
    'need the company to handle my work permit',
  ])('%p needs sponsorship', (text) => {
    expect(needsVisaFrom(text)).toBe(true);
  });

  it.each([
    'No sponsorship required, I have settled status',
    "I'm a British citizen",
    'As a permanent resident I can work anywhere in Canada',
    'Sponsorship? Not needed.',
    'visa: no',
    'I hold a green card',
    "I don't need a visa",
    'Java, Spring, PostgreSQL',
  ])('%p does not', (text) => {
    expect(needsVisaFrom(text)).toBe(false);
  });
});
