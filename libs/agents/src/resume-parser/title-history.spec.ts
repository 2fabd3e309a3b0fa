import { withoutDates } from '@job-hunter/domain';
import { orderTitles } from './title-history';

const now = new Date('2026-12-05T00:00:00Z');
// A title is the first comma part of a line naming a role word; the resume parser passes its own reader.
const titleOf = (line: string): string | undefined => {
  const head = withoutDates(line).split(',')[0]?.trim();
  return head && /\b(?:engineer|manager|developer|analyst)\b/i.test(head) ? head : undefined;
};

describe('orderTitles', () => {
  it('orders titles by their dates, not by their place in the resume (oldest listed first)', () => {
    const lines = [
      'Junior Analyst, Acme, 2012 – 2015',
      '• Built reports',
      'Software Engineer, Beta, 2015 – 2019',
      'Product Manager, Gamma, 2019 – Present',
    ];
    const { titles, history } = orderTitles(lines, titleOf, now);
    expect(titles).toEqual(['Product Manager', 'Software Engineer', 'Junior Analyst']);
    expect(history[0]).toEqual({ title: 'Product Manager', start: '2019-01', end: '2026-12', current: true });
    expect(history[1]).toMatchObject({ start: '2015-01', end: '2018-12', current: false });
  });

  it('pairs dates written above a title, across two lines ("2017 –" / "Present")', () => {
    const lines = [
      '2017 –',
      'Present',
      'Product Manager, Google',
      'Led teams.',
      '2012 – 2017 Software Engineer, Amazon',
      'Built services.',
    ];
    const { history } = orderTitles(lines, titleOf, now);
    expect(history.map((h) => [h.title, h.start, h.end])).toEqual([
      ['Product Manager', '2017-01', '2026-12'],
      ['Software Engineer', '2012-01', '2016-12'],
    ]);
  });

  it('pairs dates written below a title, and breaks a tie the way the other entries go', () => {
    // Each range sits exactly between two titles; the first entry shows dates go below titles.
    const lines = [
      'Senior Engineer',
      'Mar 2021 – Present',
      'Engineer',
      'Jun 2018 – Feb 2021',
      'Data Analyst',
      'Jan 2016 – May 2018',
    ];
    const { titles, history } = orderTitles(lines, titleOf, now);
    expect(titles).toEqual(['Senior Engineer', 'Engineer', 'Data Analyst']);
    expect(history.map((h) => h.start)).toEqual(['2021-03', '2018-06', '2016-01']);
  });

  it('puts a current role first even when a closed role is listed above it', () => {
    const lines = ['Consultant Engineer, Side Co, 2023 – 2024', 'Staff Engineer, Main Co, 2018 – heute'];
    expect(orderTitles(lines, titleOf, now).titles).toEqual(['Staff Engineer', 'Consultant Engineer']);
  });

  it('ignores ranges inside bullet points and keeps one entry per repeated title (its latest)', () => {
    const lines = [
      'Engineer, Acme, 2020 – 2022',
      '• Led the 2008 – 2009 migration',
      'Manager, Beta, 2016 – 2020',
      'Engineer, Gamma, 2010 – 2016',
    ];
    const { titles, history } = orderTitles(lines, titleOf, now);
    expect(titles).toEqual(['Engineer', 'Manager']);
    expect(history[0]).toMatchObject({ title: 'Engineer', start: '2020-01', end: '2021-12' });
  });

  it("keeps the resume's order when fewer than two titles are dated", () => {
    const lines = ['Engineer, Acme', 'Analyst, Beta, 2016 – 2019', 'Developer, Gamma'];
    expect(orderTitles(lines, titleOf, now).titles).toEqual(['Engineer', 'Analyst', 'Developer']);
  });

  it('returns nothing without titles', () => {
    expect(orderTitles(['2019 – 2021'], titleOf, now)).toEqual({ titles: [], history: [] });
  });
});
