import { editDistance, nearestWord } from './nearest-word';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['minSalery', 'minSalary', 1],
    ['locatons', 'locations', 1],
    ['flaw', 'lawn', 2],
  ])('%s → %s is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('nearestWord', () => {
  const keys = ['roles', 'locations', 'minSalary', 'maxAgeDays', 'workModels'];

  it('finds the key a typo meant, whatever its case', () => {
    expect(nearestWord('minSalery', keys)).toBe('minSalary');
    expect(nearestWord('locatons', keys)).toBe('locations');
    expect(nearestWord('MAXAGEDAYS', keys)).toBe('maxAgeDays');
    expect(nearestWord('role', keys)).toBe('roles');
  });

  it('suggests nothing for a word unlike every candidate', () => {
    expect(nearestWord('favouriteColour', keys)).toBeNull();
    expect(nearestWord('x', [])).toBeNull();
  });
});
