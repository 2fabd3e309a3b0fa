import { detectBoard } from '../job-board.registry';
import { BambooHrClient } from './bamboohr.client';

describe('BambooHR detection', () => {
  it.each([
    ['https://acme.bamboohr.com/careers', 'acme'],
    ['https://acme.bamboohr.com/careers/', 'acme'],
    ['https://acme.bamboohr.com/careers/142', 'acme'],
    ['https://acme.bamboohr.com/careers/142/detail', 'acme'],
    ['https://acme.bamboohr.com/careers/list', 'acme'],
    ['https://acme.bamboohr.com/jobs/', 'acme'],
    ['https://acme.bamboohr.com/jobs/embed2.php', 'acme'],
    ['https://acme.bamboohr.com/jobs/embed2.php?departmentId=18', 'acme'],
    ['https://acme.bamboohr.com/jobs/view.php?id=142', 'acme'],
    ['https://acme.bamboohr.com/js/embed.js', 'acme'],
    ['https://ACME-Labs.BambooHR.com/Careers', 'acme-labs'],
    ['acme.bamboohr.com/careers', 'acme'],
  ])('%s → bamboohr/%s', (url, board) => {
    expect(detectBoard(url)).toEqual({ ats: 'bamboohr', board });
  });

  it.each([
    ['https://www.bamboohr.com/careers/'],
    ['https://www.bamboohr.com/'],
    ['https://marketplace.bamboohr.com/careers'],
    ['https://help.bamboohr.com/jobs/'],
    ['https://partners.bamboohr.com/careers'],
    ['https://bamboohr.com/careers'],
    ['https://acme.bamboohr.com/'],
    ['https://acme.bamboohr.com/login.php'],
    ['https://acme.bamboohr.com/home'],
    ['https://a.b.bamboohr.com/careers'],
    ['https://acme.bamboohr.com.evil.example/careers'],
    ['https://acme.bamboohr.co/careers'],
  ])('%s is no BambooHR board', (url) => {
    expect(new BambooHrClient().detect(new URL(url))).toBeNull();
  });

  it.each([
    ['https://acme.evilbamboohr.com/careers'],
    ['https://acmebamboohr.com/careers'],
    ['https://evil-bamboohr.com/careers'],
    ['https://bamboohr.com.evil.example/careers'],
    ['https://acme.bamboohr.com@evil.example/careers'],
  ])('%s only looks like BambooHR (its host is another domain): no BambooHR board', (url) => {
    expect(new BambooHrClient().detect(new URL(url))).toBeNull();
    expect(detectBoard(url)?.ats).not.toBe('bamboohr');
  });

  it('reads the careers page there when the feed is refused', () => {
    expect(new BambooHrClient().careersPage({ company: 'Acme', board: 'Acme' })).toBe(
      'https://acme.bamboohr.com/careers',
    );
    expect(new BambooHrClient().careersPage({ company: 'X', board: 'not a slug' })).toBeNull();
  });
});
