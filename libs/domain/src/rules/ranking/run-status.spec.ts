import type { RunError } from '../../models/run';
import { boardsAnswered, noBoardAnswered, runStatus } from './run-status';

const boardDown = (company: string): RunError => ({
  stage: 'scrapeJobs',
  code: 'BOARD_HTTP_ERROR',
  message: 'HTTP 503',
  company,
});
const counts = (asked: number, answered: number) => ({ companiesAttempted: asked, companiesSucceeded: answered });

describe('runStatus', () => {
  it('is success without errors and partial with some', () => {
    expect(runStatus(counts(3, 3), [])).toBe('success');
    expect(runStatus(counts(3, 2), [boardDown('Acme')])).toBe('partial');
  });

  it('is failed when every board asked failed, whatever status the orchestrator forced', () => {
    const errors = [boardDown('Acme'), boardDown('Nimbus')];
    expect(runStatus(counts(2, 0), errors)).toBe('failed');
    expect(runStatus(counts(2, 0), errors, 'partial')).toBe('failed');
  });

  it('stays partial when the boards were not asked because the run was stopped', () => {
    const stopped: RunError = { stage: 'scrapeJobs', code: 'CANCELLED', message: 'Company #1 was stopped' };
    expect(runStatus(counts(4, 0), [stopped], 'partial')).toBe('partial');
    const budget: RunError = { stage: 'scrapeJobs', code: 'BUDGET_EXCEEDED', message: 'spent' };
    expect(runStatus(counts(4, 0), [budget], 'partial')).toBe('partial');
  });

  it('counts a budget spent while reading the inputs as no stop: the boards were still asked', () => {
    const early: RunError = { stage: 'parsePreferences', code: 'BUDGET_EXCEEDED', message: 'scored offline' };
    expect(runStatus(counts(1, 0), [early, boardDown('Acme')])).toBe('failed');
  });

  it('keeps a run that asked no board (nothing to search) out of the rule', () => {
    expect(noBoardAnswered(counts(0, 0), [])).toBe(false);
    expect(runStatus(counts(0, 0), [])).toBe('success');
  });
});

describe('boardsAnswered', () => {
  it('says how many boards answered', () => {
    expect(boardsAnswered(counts(12, 0))).toBe('0 of 12 boards answered');
    expect(boardsAnswered(counts(1, 1))).toBe('1 of 1 board answered');
  });
});
