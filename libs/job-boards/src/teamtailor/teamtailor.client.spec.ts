import type { BoardHttp } from '../http/http.types';
import { detectBoard } from '../job-board.registry';
import { TeamtailorClient, teamtailorHost } from './teamtailor.client';

describe('Teamtailor detection', () => {
  it.each([
    ['https://acme.teamtailor.com', 'acme'],
    ['https://acme.teamtailor.com/', 'acme'],
    ['https://acme.teamtailor.com/jobs', 'acme'],
    ['https://acme.teamtailor.com/jobs/7308188-account-manager', 'acme'],
    ['https://acme.teamtailor.com/jobs.rss', 'acme'],
    ['https://acme.teamtailor.com/departments/engineering?locale=en', 'acme'],
    ['https://career.teamtailor.com/jobs', 'career'],
    ['https://crossmint.na.teamtailor.com/jobs', 'crossmint.na'],
    [
      'https://covenanthouseinternational.na.teamtailor.com/jobs/686133-intern-finance',
      'covenanthouseinternational.na',
    ],
    ['https://ABG-SC.teamtailor.com/', 'abg-sc'],
    ['acme.teamtailor.com/jobs', 'acme'],
  ])('%s → teamtailor/%s', (url, board) => {
    expect(detectBoard(url)).toEqual({ ats: 'teamtailor', board });
  });

  it.each([
    ['https://www.teamtailor.com/en/'],
    ['https://teamtailor.com/'],
    ['https://api.teamtailor.com/v1/jobs'],
    ['https://api.na.teamtailor.com/v1/jobs'],
    ['https://support.teamtailor.com/en/articles/123'],
    ['https://app.teamtailor.com/companies/acme'],
    ['https://docs.teamtailor.com/'],
    ['https://na.teamtailor.com/'],
    ['https://a.b.teamtailor.com/'],
    ['https://acme.eu.teamtailor.com/'],
    ['https://acme.teamtailor.com.evil.example/jobs'],
  ])('%s is no Teamtailor board', (url) => {
    expect(new TeamtailorClient().detect(new URL(url))).toBeNull();
  });

  it.each([
    ['https://acme.evil-teamtailor.com/jobs'],
    ['https://evil-teamtailor.com/jobs'],
    ['https://acmeteamtailor.com/jobs'],
    ['https://acme.na.teamtailor.com.evil.example/jobs'],
    ['https://acme.teamtailor.co/jobs'],
    ['https://acme.teamtailor.com@evil.example/jobs'],
  ])('%s only looks like Teamtailor (its host is another domain): no Teamtailor board', (url) => {
    expect(new TeamtailorClient().detect(new URL(url))).toBeNull();
    expect(detectBoard(url)?.ats).not.toBe('teamtailor');
  });
});

describe('Teamtailor board token', () => {
  it.each([
    ['acme', 'acme.teamtailor.com'],
    ['Acme ', 'acme.teamtailor.com'],
    ['crossmint.na', 'crossmint.na.teamtailor.com'],
    ['careers.acme.com', 'careers.acme.com'],
    ['acme.teamtailor.com', 'acme.teamtailor.com'],
  ])('%s → %s', (board, host) => {
    expect(teamtailorHost(board)).toBe(host);
  });

  it('gives the careers page the reader takes over with when the feed is refused', () => {
    expect(new TeamtailorClient().careersPage({ company: 'A', board: 'crossmint.na' })).toBe(
      'https://crossmint.na.teamtailor.com/jobs',
    );
    expect(new TeamtailorClient().careersPage({ company: 'A', board: 'evil.example/x' })).toBeNull();
  });

  it.each([['evil.example/x'], ['127.0.0.1'], ['.acme.com'], ['acme..com'], ['-acme'], ['']])(
    '%s is refused before any request',
    async (board) => {
      const http: BoardHttp = {
        getJson: () => Promise.reject(new Error('no request expected')),
        postJson: () => Promise.reject(new Error('no request expected')),
        getText: () => Promise.reject(new Error('no request expected')),
      };
      await expect(new TeamtailorClient().fetchJobs({ company: 'X', board }, http)).rejects.toMatchObject({
        code: 'INVALID_INPUT',
      });
    },
  );
});
