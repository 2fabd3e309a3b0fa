import type { HeldTitle } from '../../models/candidate';
import { aProfile, prefs } from './matching.fixtures';
import { heldTitleEvidence, recentTitles, TITLE_MAX, titleFit, titleSimilarity } from './score-title';

const held = (title: string, start: string, end: string, current = false): HeldTitle => ({
  title,
  start,
  end,
  current,
});

// A product manager since 2017 who was a software engineer before.
const productManager = aProfile({
  titles: ['Product Manager', 'Software Development Engineer III', 'Software Development Engineer II'],
  titleHistory: [
    held('Product Manager', '2017-01', '2026-12', true),
    held('Software Development Engineer III', '2012-01', '2016-12'),
    held('Software Development Engineer II', '2007-01', '2011-12'),
  ],
});

describe('titleFit weighs recent titles most', () => {
  it('scores a job matching the latest title well above one matching a title left ten years ago', () => {
    const pm = titleFit('Senior Product Manager', productManager, prefs({ roles: [] }));
    const swe = titleFit('Software Engineer', productManager, prefs({ roles: [] }));
    expect(pm.assessment.fit).toBe('good');
    expect(swe.assessment.fit).toBe('poor');
    expect(swe.points).toBeLessThan(TITLE_MAX * 0.3);
    expect(pm.points).toBeGreaterThan(swe.points * 3);
  });

  it('still counts a title left last month almost as much as the current one', () => {
    const switched = aProfile({
      titles: ['Product Manager', 'Software Engineer'],
      titleHistory: [
        held('Product Manager', '2026-11', '2026-12', true),
        held('Software Engineer', '2015-01', '2026-10'),
      ],
    });
    const swe = titleFit('Software Engineer', switched, prefs({ roles: [] }));
    expect(swe.assessment.fit).toBe('good');
  });

  it('measures age from the latest title, so a career break does not age every title', () => {
    const onBreak = aProfile({
      titles: ['Data Engineer'],
      titleHistory: [held('Data Engineer', '2015-01', '2021-06')],
    });
    expect(heldTitleEvidence(onBreak)).toEqual([{ text: 'Data Engineer', weight: 0.85 }]);
  });

  it('falls back to the order of the titles when they carry no dates', () => {
    const weights = heldTitleEvidence(aProfile({ titles: ['A', 'B', 'C', 'D'] })).map((e) => e.weight);
    expect(weights).toHaveLength(3);
    expect(weights[0]).toBeGreaterThan(weights[1] ?? 1);
    expect(weights[1]).toBeGreaterThan(weights[2] ?? 1);
  });

  it('lets a wanted role outweigh any held title', () => {
    const fit = titleFit('Software Engineer', productManager, prefs({ roles: ['software engineer'] }));
    expect(fit.assessment.note).toContain('the role you want');
    expect(fit.points).toBeCloseTo(TITLE_MAX);
  });
});

describe('titleSimilarity', () => {
  it('reads a stack named by its parts as full stack', () => {
    expect(titleSimilarity('Full Stack Engineer', 'MERN Stack Developer')).toBeGreaterThan(0.9);
    expect(titleSimilarity('Fullstack Developer', 'MEAN stack developer')).toBeGreaterThan(0.9);
  });
});

describe('recentTitles', () => {
  it('leaves out a title from a career left long ago', () => {
    expect(recentTitles(productManager)).toEqual(['Product Manager']);
  });

  it('keeps the title before the latest when the person left it within five years of the latest', () => {
    const mle = aProfile({
      titles: ['Machine Learning Engineer', 'Data Scientist', 'Junior Data Analyst'],
      titleHistory: [
        held('Machine Learning Engineer', '2023-01', '2026-12', true),
        held('Data Scientist', '2018-01', '2022-12'),
        held('Junior Data Analyst', '2016-01', '2017-12'),
      ],
    });
    expect(recentTitles(mle)).toEqual(['Machine Learning Engineer', 'Data Scientist']);
  });

  it('keeps the first two of undated titles', () => {
    expect(recentTitles(aProfile({ titles: ['Nurse', 'Care Assistant', 'Cashier'] }))).toEqual([
      'Nurse',
      'Care Assistant',
    ]);
  });
});

describe('titleFit puts the roles a person names before their past title', () => {
  const backendEngineer = aProfile({ titles: ['Senior Software Engineer'] });

  it('ranks the wanted role above jobs that only match the title held', () => {
    const wanted = prefs({ roles: ['full-stack engineer'] });
    const fullStack = titleFit('Full-Stack Engineer II', backendEngineer, wanted);
    const backend = titleFit('Senior Software Engineer, Backend', backendEngineer, wanted);
    expect(fullStack.assessment.fit).toBe('good');
    expect(backend.assessment.fit).not.toBe('good');
    expect(fullStack.points).toBeGreaterThan(backend.points + TITLE_MAX * 0.3);
  });

  it('still lets the title held decide when the text names no role', () => {
    const backend = titleFit('Senior Software Engineer, Backend', backendEngineer, prefs({ roles: [] }));
    expect(backend.assessment.fit).toBe('good');
  });
});
