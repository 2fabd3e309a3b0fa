import { profileFromText } from './resume-profile';

const now = new Date('2025-01-01T00:00:00Z');

describe('profileFromText', () => {
  it('reads a header without labels', () => {
    const p = profileFromText(
      [
        'JOHN DOE',
        '123 Main St, Austin, TX — (123) 456-7890 — john@x.io',
        'WORK EXPERIENCE',
        'Staff Engineer, Acme, 2015 - Present',
      ].join('\n'),
      now,
    );
    expect(p).toMatchObject({ name: 'John Doe', email: 'john@x.io', titles: ['Staff Engineer'], seniority: 'staff' });
    expect(p.location).toMatchObject({ city: 'Austin', country: 'US' });
  });

  it('falls back to the headline and stated years', () => {
    const p = profileFromText(
      ['Ana Costa', 'Data Analyst', 'Lisbon, Portugal', 'I have 4 years of experience with SQL and Tableau.'].join(
        '\n',
      ),
      now,
    );
    expect(p.titles).toEqual(['Data Analyst']);
    expect(p.yearsExperience).toBe(4);
    expect(p.seniority).toBe('mid');
    expect(p.location).toMatchObject({ city: 'Lisbon', country: 'PT' });
    expect(p.skills).toEqual(['SQL', 'Tableau']);
  });

  it('leaves unknown fields empty', () => {
    const p = profileFromText('just some words about nothing in particular', now);
    expect(p).toMatchObject({ titles: [], skills: [], yearsExperience: null, seniority: null, education: [] });
    expect(p.name).toBeUndefined();
    expect(profileFromText('Software Engineer\nBackend developer', now).name).toBeUndefined();
    expect(profileFromText('Senior Cook\nHead chef at Bistro', now).name).toBeUndefined();
  });

  it('takes titles from the experience section without company, place or dates', () => {
    const p = profileFromText(
      [
        'Lena Fischer',
        'Senior Data Scientist · Berlin, Germany',
        'Experience',
        'Senior Data Scientist — Tandemkart, Berlin',
        'Mar 2021 – Present',
        'Kiez Analytics | Data Analyst | Jul 2018 – Dec 2020',
        'Analytics Intern in Hamburg, Germany (2017 – 2018)',
        'Education',
        'M.Sc. Statistics — Humboldt-Universität zu Berlin',
        '2016 – 2018',
      ].join('\n'),
      now,
    );
    expect(p.titles).toEqual(['Senior Data Scientist', 'Data Analyst', 'Analytics Intern']);
    // The internship is work; the degree's dates are not.
    expect(p.yearsExperience).toBe(7.3);
  });

  it('strips a location from a headline title', () => {
    for (const headline of ['Senior Data Scientist · Berlin, Germany', 'Senior Data Scientist in Berlin, Germany']) {
      expect(profileFromText(['Lena Fischer', headline, 'lena@x.io'].join('\n'), now).titles).toEqual([
        'Senior Data Scientist',
      ]);
    }
    // "in" followed by something that is not a place stays part of the title.
    expect(profileFromText('Ana Costa\nSpecialist in Data Governance\n', now).titles).toEqual([
      'Specialist in Data Governance',
    ]);
  });

  it('reads a nurse resume: credentials after the name, clinical titles and skills', () => {
    const p = profileFromText(
      [
        'MARIA GONZALEZ, RN',
        'Boston, MA | maria.gonzalez@email.com',
        'EXPERIENCE',
        'Registered Nurse — Mass General Hospital, 2016 – Present',
        'Nursing Assistant — Boston Medical Center, 2014 – 2016',
        'EDUCATION',
        'Bachelor of Science in Nursing, Boston College, 2014',
        'Skills: Epic EHR, BLS, ACLS, patient care',
      ].join('\n'),
      now,
    );
    expect(p.name).toBe('Maria Gonzalez');
    expect(p.titles).toEqual(['Registered Nurse', 'Nursing Assistant']);
    expect(p.skills).toEqual(['Epic EHR', 'BLS', 'ACLS', 'Patient Care']);
    // The inline skills line is not an education entry.
    expect(p.education).toEqual(['Bachelor of Science in Nursing, Boston College, 2014']);
    expect(p.yearsExperience).toBe(11);
  });

  it.each([
    ['Jane Doe, PhD, MBA', 'Jane Doe'],
    ['Sam Lee, CPA', 'Sam Lee'],
    ['Priya Nair', 'Priya Nair'],
    ['New York, NY\nPriya Nair', 'Priya Nair'],
    ['Tom Driver\nSenior Software Engineer', 'Tom Driver'],
    ['JANE COOK, RN', 'Jane Cook'],
  ])('reads the name in %p', (heading, name) => {
    expect(profileFromText(`${heading}\nAccountant`, now).name).toBe(name);
  });

  it('keeps a speciality in parentheses and drops a company, place or dates', () => {
    const p = profileFromText(
      [
        'Experience',
        'Software Engineer (Front-End) — Zalando, Berlin',
        'iOS Developer (Swift) | Acme',
        'Engineer (Acme, 2016–2019)',
        'Data Analyst (Berlin)',
      ].join('\n'),
      now,
    );
    expect(p.titles).toEqual(['Software Engineer (Front-End)', 'iOS Developer (Swift)', 'Engineer', 'Data Analyst']);
  });

  it('counts German, open and two-digit-year dates in a German resume', () => {
    const p = profileFromText(
      [
        'Jonas Becker',
        'Berufserfahrung',
        'Senior Software Engineer — Zalando, Berlin',
        '2020 – heute',
        "Backend Dev | Acme GmbH | Jan '15 – Mar '20",
        'Ausbildung',
        'B.Sc. Informatik — TU München, 2011 – 2014',
      ].join('\n'),
      now,
    );
    expect(p.titles).toEqual(['Senior Software Engineer', 'Backend Dev']);
    expect(p.yearsExperience).toBe(10);
    expect(p.education).toEqual(['B.Sc. Informatik — TU München, 2011 – 2014']);
  });

  it('does not take a wrapped lower-case bullet line for a title', () => {
    const p = profileFromText(
      ['Experience', 'Firmware Engineer — Bosch, 2019 – 2021', 'and Linux device drivers for sensors'].join('\n'),
      now,
    );
    expect(p.titles).toEqual(['Firmware Engineer']);
  });

  it('lists titles most recent first by their dates and reads the level from the latest one', () => {
    const p = profileFromText(
      [
        'Experience',
        'Software Engineer, Acme, 2008 – 2014',
        'Senior Product Manager, Beta, 2014 – 2019',
        'Product Manager, Gamma, 2019 – Present',
        'Education',
        'BSc Computer Science, 2004 – 2008',
      ].join('\n'),
      now,
    );
    expect(p.titles).toEqual(['Product Manager', 'Senior Product Manager', 'Software Engineer']);
    expect(p.titleHistory?.[0]).toEqual({ title: 'Product Manager', start: '2019-01', end: '2025-01', current: true });
    expect(p.yearsExperience).toBe(17);
    // "Product Manager" states no level; seventeen years without a staff title read as senior.
    expect(p.seniority).toBe('senior');
  });

  it('reads a nurse whose work is under "Clinical Experience", volunteering and school left out of her years', () => {
    const p = profileFromText(
      [
        'Maria Gonzalez, RN',
        'Austin, TX',
        'Clinical Experience',
        "Charge Nurse, St. David's Medical Center",
        '03/2021 – Present',
        'Registered Nurse, Seton Hospital',
        '06/2016 – 02/2021',
        'Volunteer Experience',
        'First-aid Volunteer, Red Cross, 2010 – 2016',
        'Education',
        'BSN, University of Texas, 2012 – 2016',
      ].join('\n'),
      now,
    );
    expect(p.titles).toEqual(['Charge Nurse', 'Registered Nurse']);
    expect(p.yearsExperience).toBe(8.6);
    expect(p.location).toMatchObject({ city: 'Austin', country: 'US' });
  });
});
