import { startsHunt } from './preflight';

describe('hunt command lines', () => {
  it('knows which command lines start a hunt', () => {
    expect(startsHunt(['run', 'cv.pdf'])).toBe(true);
    expect(startsHunt(['demo', '--json'])).toBe(true);
    expect(startsHunt(['--verbose', 'demo'])).toBe(true);
    expect(startsHunt(['status', 'run'])).toBe(false);
    expect(startsHunt(['worker'])).toBe(false);
    expect(startsHunt([])).toBe(false);
  });
});
