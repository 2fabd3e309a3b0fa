import { maxAgeFrom } from './prefs-recency';

describe('maxAgeFrom', () => {
  it.each([
    ["nothing that's been up for more than a month", 30],
    ['no ads listed longer than three weeks', 21],
    ['posted within the last 10 days', 10],
    ['nothing older than four weeks', 28],
    ['skip anything older than 20 days', 20],
    ['no postings more than two months old', 60],
    ['nothing posted more than a month ago', 30],
    ['only the past week', 7],
    ['last couple of weeks only', 14],
    ['under a fortnight old', 14],
    ['posted this week', 7],
    ['skip anything posted over 3 weeks ago', 21],
  ])('%p → %p days', (text, days) => {
    expect(maxAgeFrom(text)).toBe(days);
  });

  it.each([
    '5 years of experience',
    'a month of notice',
    'I can start next month',
    'max 2 days in office',
    'under 4 weeks notice',
  ])('%p bounds nothing', (text) => {
    expect(maxAgeFrom(text)).toBeNull();
  });
});
