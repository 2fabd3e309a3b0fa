import { dateRangesInLines, yearsFromDateRanges } from './date-ranges';
import { splitResumeSections } from './resume-sections';

const now = new Date('2025-01-01T00:00:00Z');

describe('yearsFromDateRanges', () => {
  it.each([
    ['Jan 2018 – Present', 7],
    ['2016-2019', 3],
    ['03/2020 - 06/2023', 3.3],
    ['March 2019 to Current', 5.8],
    ['Sept. 2020 — Dec 2021', 1.3],
    ['2021-01 – 2022-12', 2],
    // Open ends and open starts in other languages and forms.
    ['Since 2020', 5],
    ['seit 03/2020', 4.8],
    ['2020 – heute', 5],
    ['2020 bis heute', 5],
    ['01.2021 – aktuell', 4],
    ["2021 – aujourd'hui", 4],
    ['2021 – présent', 4],
    ['2021 – actualidad', 4],
    ['2021 a la actualidad', 4],
    ['2021 – presente', 4],
    // Month names in the languages whose open ends are read.
    ['März 2019 – Mai 2021', 2.3],
    ['janvier 2020 – juin 2021', 1.5],
    ['enero 2018 – diciembre 2019', 2],
    ['Sept. 2020 – heute', 4.3],
    ['settembre 2019 – oggi', 5.3],
    ['Dez. 2022 bis heute', 2.1],
    // A season is no month: "Summer 2019" is the year.
    ['Summer 2019 – 2021', 2],
    // Two-digit years need their apostrophe.
    ["Jan '19 – Mar '21", 2.3],
    ['Jan ’19 – Present', 6],
  ])('%p → %p years', (text, years) => {
    expect(yearsFromDateRanges(text, now)).toBe(years);
  });

  it('merges overlapping ranges', () => {
    expect(yearsFromDateRanges('Acme, 2015 - 2020\nSide gig, 2018 - 2019\nBeta, 2020 - 2022', now)).toBe(7);
    // An open start inside a closed range is not counted twice.
    expect(yearsFromDateRanges('Acme, 2015 – heute\nBeta, since 2020', now)).toBe(10);
  });

  it('reads a German resume with mixed date forms', () => {
    const text = [
      'Berufserfahrung',
      'Senior Engineer — Zalando, Berlin',
      '2020 – heute',
      "Developer | Acme GmbH | Jan '17 – Mar '20",
      'Werkstudent, SAP, seit 2015 bis 2016',
    ].join('\n');
    expect(yearsFromDateRanges(text, now)).toBe(9);
  });

  it('does not read decades or bare numbers as two-digit years', () => {
    expect(yearsFromDateRanges("Music from the '90s to '00s\nRoom 19 – 21", now)).toBeNull();
  });

  it('counts only the experience section when there is one', () => {
    const text = [
      'Jane Roe',
      'Experience',
      'June 2020 –',
      'Present',
      'Engineer, Acme',
      'July 2015 – May 2020 Developer, Beta',
      'Education',
      '2009 – 2015 PhD, MIT',
      'Projects',
      '2010 - Present Side project',
    ].join('\n');
    expect(yearsFromDateRanges(text, now)).toBe(9.5);
  });

  it('skips education-looking lines when there are no headings', () => {
    expect(yearsFromDateRanges('2010 - 2014 B.Tech, IIT Delhi\n2014 - 2024 Engineer at Acme', now)).toBe(10);
  });

  it('leaves out education dates written on the line under the degree', () => {
    const text = [
      'Lena Fischer',
      'Data Scientist · Berlin, Germany',
      'Experience',
      'Senior Data Scientist — Tandemkart, Berlin',
      'Mar 2020 – Present',
      'Data Analyst — Kiez Analytics, Hamburg',
      'Jul 2018 – Dec 2020',
      'Education',
      'M.Sc. Statistics — Humboldt-Universität zu Berlin',
      '2016 – 2018',
      'B.Sc. Mathematics — Universität Hamburg',
      '2013 – 2016',
    ].join('\n');
    expect(yearsFromDateRanges(text, now)).toBe(6.5);
    // The same entries without an experience heading: still only the jobs count.
    expect(yearsFromDateRanges(text.replace('Experience\n', ''), now)).toBe(6.5);
    // No headings at all: degree entries are recognised by their words.
    expect(yearsFromDateRanges(text.replace(/^(?:Experience|Education)\n/gm, ''), now)).toBe(6.5);
  });

  it('counts a dates-only line under a job even after an education entry', () => {
    const text = ['BSc Physics, Leeds University', '2012 - 2015', 'Analyst, Acme Bank', '2015 - 2020'].join('\n');
    expect(yearsFromDateRanges(text, now)).toBe(5);
  });

  it('leaves out project and certification sections', () => {
    const text = ['Summary', 'Engineer, Acme, 2019 - 2023', 'Projects', 'Open-source CLI, 2012 - Present'].join('\n');
    expect(yearsFromDateRanges(text, now)).toBe(4);
  });

  it('reads an internships heading as experience', () => {
    expect(splitResumeSections('Jo\nInternships\nIntern, Acme').map((s) => s.kind)).toEqual(['header', 'experience']);
  });

  it('counts a nested range once and leaves gaps between jobs out', () => {
    // 2010–2020 holds a 2012–2014 side job; then nothing until 2022–2024.
    const text = ['Experience', 'Engineer, Acme, 2010 – 2020', 'Mentor, Beta, 2012 – 2014', 'Lead, Gamma, 2022 – 2024'];
    expect(yearsFromDateRanges(text.join('\n'), now)).toBe(12);
  });

  it("reads an open end as the run's now, whichever word says it", () => {
    for (const end of ['Present', 'current', 'now', 'heute']) {
      expect(
        yearsFromDateRanges(`Experience\nEngineer, Acme, Jan 2020 – ${end}`, new Date('2023-07-01T00:00:00Z')),
      ).toBe(3.5);
    }
  });

  it('reads the product-manager layout: dates above the title, an open end on its own line, education and projects after', () => {
    const text = [
      'Experience',
      '2017 –',
      'Present',
      'Product Manager, Google',
      '2012 – 2017 Software Engineer, Amazon',
      '2009 – 2012 Software Engineer, Apple',
      'Education',
      '2016 – 2018 Master of Business Administration, Stanford University',
      '2005 – 2009 Bachelor of Science, Berkeley',
      'Volunteering',
      '2001 – 2005 Tutor, Learning Centre',
      'Projects',
      '2000 – Present Home automation',
    ].join('\n');
    expect(yearsFromDateRanges(text, now)).toBe(16);
  });

  it('returns null without ranges and ignores phone numbers', () => {
    expect(yearsFromDateRanges('Call (123) 456-7890, graduated May 2016', now)).toBeNull();
  });
});

describe('splitResumeSections', () => {
  it('splits by headings', () => {
    const sections = splitResumeSections(
      'Jane\njane@x.io\nSKILLS\nGo, Rust\nWork Experience\nEngineer\nEDUCATION:\nBSc',
    );
    expect(sections.map((s) => s.kind)).toEqual(['header', 'skills', 'experience', 'education']);
    expect(sections[1]?.lines).toEqual(['Go, Rust']);
  });
});

describe('dateRangesInLines', () => {
  it('gives each range its months, whether it is open, and the lines it spans', () => {
    const lines = ['Product Manager', '2017 –', 'Present', 'Engineer, Mar 2012 – Dec 2016'];
    expect(dateRangesInLines(lines, now)).toEqual([
      { start: 2017 * 12, end: 2025 * 12, open: true, firstLine: 1, lastLine: 2 },
      { start: 2012 * 12 + 2, end: 2017 * 12, open: false, firstLine: 3, lastLine: 3 },
    ]);
  });
});
