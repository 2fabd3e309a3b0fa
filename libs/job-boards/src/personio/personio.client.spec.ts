import type { BoardHttp } from '../http/http.types';
import { detectBoard } from '../job-board.registry';
import { PersonioClient, boardHost } from './personio.client';

describe('Personio detection', () => {
  it.each([
    ['https://acme.jobs.personio.de', 'acme'],
    ['https://acme.jobs.personio.de/', 'acme'],
    ['https://acme.jobs.personio.de/job/2800938', 'acme'],
    ['https://acme.jobs.personio.de/job/2800938?language=en&display=en', 'acme'],
    ['https://acme.jobs.personio.de/?language=en', 'acme'],
    ['https://acme.jobs.personio.de/xml', 'acme'],
    ['https://1komma5grad.jobs.personio.com', '1komma5grad'],
    ['https://ACME-GmbH.jobs.personio.com/search.json', 'acme-gmbh'],
    ['acme.jobs.personio.de', 'acme'],
  ])('%s → personio/%s', (url, board) => {
    expect(detectBoard(url)).toEqual({ ats: 'personio', board });
  });

  it.each([
    ['https://acme.personio.de/'],
    ['https://acme.personio.com/login'],
    ['https://www.personio.de/'],
    ['https://www.personio.com/careers/'],
    ['https://jobs.personio.de/'],
    ['https://a.b.jobs.personio.de/'],
    ['https://acme.jobs.personio.de.evil.example/'],
    ['https://acme.jobs.personio.nl/'],
    ['https://-acme.jobs.personio.de/'],
  ])('%s is no Personio board', (url) => {
    expect(new PersonioClient().detect(new URL(url))).toBeNull();
  });

  it.each([
    ['https://acme.jobs.evilpersonio.de/'],
    ['https://acme.jobs-personio.de/'],
    ['https://evil-personio.de/'],
    ['https://acme.jobs.personio.com.evil.example/'],
    ['https://acme.jobs.personio.de@evil.example/'],
  ])('%s only looks like Personio (its host is another domain): no Personio board', (url) => {
    expect(new PersonioClient().detect(new URL(url))).toBeNull();
    expect(detectBoard(url)?.ats).not.toBe('personio');
  });
});

describe('Personio board host', () => {
  it('is the slug on .de, on .com when the careers URL is there, and a whole host as given', () => {
    expect(boardHost({ company: 'A', board: 'Acme' })).toBe('acme.jobs.personio.de');
    expect(boardHost({ company: 'A', board: 'acme', careersUrl: 'https://acme.jobs.personio.com/job/1' })).toBe(
      'acme.jobs.personio.com',
    );
    expect(boardHost({ company: 'A', board: 'acme', careersUrl: 'https://careers.acme.com' })).toBe(
      'acme.jobs.personio.de',
    );
    expect(boardHost({ company: 'A', board: 'acme.jobs.personio.com' })).toBe('acme.jobs.personio.com');
  });

  it('gives the careers page the reader takes over with when the feed is off', () => {
    expect(new PersonioClient().careersPage({ company: 'A', board: 'acme' })).toBe(
      'https://acme.jobs.personio.de/?language=en',
    );
    expect(new PersonioClient().careersPage({ company: 'A', board: 'evil.example/x' })).toBeNull();
  });

  it('refuses a board token that is not a subdomain label, before any request', async () => {
    const http: BoardHttp = {
      getJson: () => Promise.reject(new Error('no request expected')),
      postJson: () => Promise.reject(new Error('no request expected')),
      getText: () => Promise.reject(new Error('no request expected')),
    };
    await expect(new PersonioClient().fetchJobs({ company: 'X', board: 'evil.example/x' }, http)).rejects.toMatchObject(
      { code: 'INVALID_INPUT' },
    );
  });
});
