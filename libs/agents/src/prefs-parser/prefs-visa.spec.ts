import { needsVisaFrom } from './prefs-visa';

describe('needsVisaFrom', () => {
  it.each([
    'I will require a work visa',
    'my new employer would have to sponsor me',
    'Visa sponsorship required',
    "I'm on a student visa, so I'd need sponsorship after graduating",
    'need the company to handle my work permit',
    // a status does not answer a need stated after it; a named pass or card is a right to work
    "I'm a Brazilian citizen, so any employer in Lisbon would need to sponsor my residence permit",
    'Hoping for a firm that will sponsor my work visa',
    'Relocating to Munich, so I would need a Blue Card',
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
    'Green card holder, no need for H-1B sponsorship',
  ])('%p does not', (text) => {
    expect(needsVisaFrom(text)).toBe(false);
  });
});
