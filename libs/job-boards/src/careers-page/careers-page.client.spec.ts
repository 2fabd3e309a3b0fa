import { detectBoard } from '../job-board.registry';
import { defaultJobBoardClients } from '../job-board-clients';
import { CareersPageClient } from './careers-page.client';

describe('careers-page detection', () => {
  it('is registered last, so every known board is tried first', () => {
    expect(defaultJobBoardClients().at(-1)?.ats).toBe('careers-page');
    expect(detectBoard('https://boards.greenhouse.io/acme')).toEqual({ ats: 'greenhouse', board: 'acme' });
    expect(detectBoard('https://apply.workable.com/acme')).toEqual({ ats: 'workable', board: 'acme' });
  });

  it.each([
    ['https://www.acme.com/careers', 'https://www.acme.com/careers'],
    ['acme.com/careers#open-roles', 'https://acme.com/careers'],
    ['https://careers.acme.co.in/jobs?team=eng', 'https://careers.acme.co.in/jobs?team=eng'],
    ['http://jobs.example.de/', 'http://jobs.example.de/'],
  ])('%s → careers-page %s', (url, board) => {
    expect(detectBoard(url)).toEqual({ ats: 'careers-page', board });
  });

  it.each([
    [''],
    ['not a url'],
    ['ftp://acme.com/careers'],
    ['mailto:jobs@acme.com'],
    ['https://boards.greenhouse.io/'],
    ['https://jobs.lever.co'],
    ['https://www.workable.com/'],
    ['https://recruitee.com/'],
  ])('%j is not taken as a careers page', (url) => {
    expect(detectBoard(url)).toBeNull();
  });

  it('accepts only web URLs off known board hosts', () => {
    const client = CareersPageClient.create([]);
    expect(client.detect(new URL('https://greenhouse.io/acme'))).toBeNull();
    expect(client.detect(new URL('https://careers.example.org/'))).toEqual({ board: 'https://careers.example.org/' });
  });
});
