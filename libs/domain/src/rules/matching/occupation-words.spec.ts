import { occupationWords, singularWord, titleSegments } from './occupation-words';

describe('occupationWords', () => {
  it('makes words singular by the rules titles need, leaving words that only end in s', () => {
    expect(
      ['translators', 'nurses', 'technologies', 'sales', 'analytics', 'business', 'ops', 'ios'].map(singularWord),
    ).toEqual(['translator', 'nurse', 'technology', 'sale', 'analytics', 'business', 'ops', 'ios']);
  });

  it('drops levels and joining words, keeping words that name roles', () => {
    expect(occupationWords('Sr. Accountant II')).toEqual(['accountant']);
    expect(occupationWords('Head of Engineering')).toEqual(['head', 'engineering']);
    expect(occupationWords('Staff Nurse')).toEqual(['staff', 'nurse']);
    expect(occupationWords('FP&A Manager')).toEqual(['fp', 'manager']);
    expect(occupationWords('Senior')).toEqual(['senior']);
  });
});

describe('titleSegments', () => {
  it('splits at commas, brackets, pipes, slashes and spaced dashes, not inside hyphenated words', () => {
    expect(titleSegments('Senior Full-Stack Engineer, Payments (Berlin) | Acme - Remote')).toEqual([
      ['full', 'stack', 'engineer'],
      ['payment'],
      ['berlin'],
      ['acme'],
      ['remote'],
    ]);
  });

  it('leaves out segments that hold nothing, such as gender markers', () => {
    expect(titleSegments('Backend Developer (m/w/d)').slice(0, 1)).toEqual([['backend', 'developer']]);
    expect(titleSegments('  ')).toEqual([]);
  });
});
