import { ATS_KINDS, JobHunterError } from '@job-hunter/domain';
import { defaultJobBoardClients } from './job-board-clients';
import { JobBoardRegistry, detectBoard } from './job-board.registry';

describe('detectBoard', () => {
  it.each([
    ['https://boards.greenhouse.io/acmerobotics', 'greenhouse', 'acmerobotics'],
    ['https://boards.greenhouse.io/acmerobotics/', 'greenhouse', 'acmerobotics'],
    ['https://job-boards.greenhouse.io/acmerobotics', 'greenhouse', 'acmerobotics'],
    ['https://boards.eu.greenhouse.io/acme', 'greenhouse', 'acme'],
    ['https://job-boards.eu.greenhouse.io/acme/jobs/4567?gh_src=x', 'greenhouse', 'acme'],
    ['https://boards.greenhouse.io/acmerobotics/jobs/4012345', 'greenhouse', 'acmerobotics'],
    ['https://boards.greenhouse.io/embed/job_board?for=acmerobotics', 'greenhouse', 'acmerobotics'],
    ['https://boards.greenhouse.io/embed/job_app?for=acme&token=123', 'greenhouse', 'acme'],
    ['boards.greenhouse.io/acme', 'greenhouse', 'acme'],
    ['HTTPS://Boards.Greenhouse.IO/acme', 'greenhouse', 'acme'],
    ['https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true', 'greenhouse', 'acme'],
    ['https://jobs.lever.co/nimbusdata', 'lever', 'nimbusdata'],
    ['https://jobs.lever.co/nimbusdata/5b2f6c1e-0000-4000-8000-000000000001', 'lever', 'nimbusdata'],
    ['https://jobs.lever.co/nimbusdata/5b2f6c1e-0000-4000-8000-000000000001/apply', 'lever', 'nimbusdata'],
    ['https://jobs.eu.lever.co/eurocorp', 'lever', 'eurocorp'],
    ['https://jobs.ashbyhq.com/Catio', 'ashby', 'Catio'],
    ['https://jobs.ashbyhq.com/Hyperliquid%20Labs', 'ashby', 'Hyperliquid%20Labs'],
    ['https://jobs.ashbyhq.com/Hyperliquid Labs', 'ashby', 'Hyperliquid%20Labs'],
    ['https://jobs.ashbyhq.com/coder/5c0ff396-4cc6-46f9-ba8e-6e41213b0259', 'ashby', 'coder'],
    ['https://jobs.ashbyhq.com/coder/5c0ff396-4cc6-46f9-ba8e-6e41213b0259/application', 'ashby', 'coder'],
  ])('%s → %s/%s', (url, ats, board) => {
    expect(detectBoard(url)).toEqual({ ats, board });
  });

  it.each([
    [''],
    ['not a url'],
    ['ftp://jobs.lever.co/acme'],
    ['https://boards.greenhouse.io/'],
    ['https://boards.greenhouse.io/embed/job_board'],
    ['https://jobs.lever.co'],
    ['https://jobs.ashbyhq.com/'],
    ['https://greenhouse.io/acme'],
  ])('%j → null', (url) => {
    expect(detectBoard(url)).toBeNull();
  });

  it.each([
    ['https://example.com/careers'],
    ['https://evil.example/boards.greenhouse.io/acme'],
    ['https://jobs.lever.co.evil.example/acme'],
  ])('%j is no known board: it falls to the careers-page reader', (url) => {
    expect(detectBoard(url)).toEqual({ ats: 'careers-page', board: url });
  });

  it('lets an explicit ats and board win over the URL', () => {
    expect(detectBoard('https://jobs.lever.co/other', { ats: 'ashby', board: 'acme' })).toEqual({
      ats: 'ashby',
      board: 'acme',
    });
    expect(detectBoard('https://example.com/careers', { ats: 'greenhouse', board: 'acme' })).toEqual({
      ats: 'greenhouse',
      board: 'acme',
    });
  });

  it('uses an explicit board with the detected ats, and an explicit ats limits detection', () => {
    expect(detectBoard('https://jobs.lever.co/old-name', { board: 'new-name' })).toEqual({
      ats: 'lever',
      board: 'new-name',
    });
    expect(detectBoard('https://jobs.lever.co/acme', { ats: 'lever' })).toEqual({ ats: 'lever', board: 'acme' });
    expect(detectBoard('https://jobs.lever.co/acme', { ats: 'ashby' })).toBeNull();
  });
});

describe('JobBoardRegistry', () => {
  const registry = new JobBoardRegistry(defaultJobBoardClients());

  it('picks the client by ats', () => {
    expect(registry.require('lever').ats).toBe('lever');
    expect(registry.kinds).toEqual([...ATS_KINDS]);
  });

  it('refuses an ATS it has no client for, with a code', () => {
    const partial = new JobBoardRegistry(defaultJobBoardClients().filter((c) => c.ats !== 'workday'));
    expect(() => partial.require('workday')).toThrow(JobHunterError);
    expect(() => partial.require('workday')).toThrow(/not supported yet/);
  });
});
