import { resumeCommand } from './resume-hint';

describe('resumeCommand', () => {
  it('gives `run` its resume again, and `demo` none', () => {
    expect(resumeCommand('run', 'cv.pdf', 'r1', 'checkpoint', false)).toBe('job-hunter run cv.pdf --resume-from r1');
    expect(resumeCommand('demo', '/x/data/demo/resume.pdf', 'r1', 'checkpoint', false)).toBe(
      'job-hunter demo --resume-from r1',
    );
  });

  it('quotes a resume path the shell would split, so the line can be pasted', () => {
    expect(resumeCommand('run', "my cv's.pdf", 'r1', 'checkpoint', false)).toBe(
      `job-hunter run 'my cv'\\''s.pdf' --resume-from r1`,
    );
  });

  it('attaches to a Temporal run with --temporal, and its in-process workers with --with-worker', () => {
    expect(resumeCommand('run', 'cv.pdf', 'r1', 'temporal', false)).toBe(
      'job-hunter run cv.pdf --resume-from r1 --temporal',
    );
    expect(resumeCommand('run', 'cv.pdf', 'r1', 'temporal', true)).toBe(
      'job-hunter run cv.pdf --resume-from r1 --temporal --with-worker',
    );
  });
});
