import { maskUrlPasswords, plainErrorMessage, stripAnsi } from './safe-text';

describe('maskUrlPasswords', () => {
  it('masks the password of every URL in a text and keeps the user and host', () => {
    expect(maskUrlPasswords('see https://user:secret@host.example/jobs and ftp://a:b@c/d')).toBe(
      'see https://user:***@host.example/jobs and ftp://a:***@c/d',
    );
  });

  it('masks a password that holds an unencoded @', () => {
    expect(maskUrlPasswords('https://me:p@ss@host/x')).toBe('https://me:***@host/x');
  });

  it('keeps a JSON document valid: a match never spans two strings', () => {
    const json = JSON.stringify({ a: 'https://acme.test', b: 'x:y@z', c: 'https://u:pw@h.test/p', d: 'me@mail.test' });
    const masked = maskUrlPasswords(json);
    expect(JSON.parse(masked)).toEqual({
      a: 'https://acme.test',
      b: 'x:y@z',
      c: 'https://u:***@h.test/p',
      d: 'me@mail.test',
    });
  });

  it('leaves URLs without a password alone', () => {
    expect(maskUrlPasswords('https://host/a?b=c https://user@host/')).toBe('https://host/a?b=c https://user@host/');
  });
});

describe('plainErrorMessage', () => {
  const playwright = [
    '\u001b[31mpage.goto: Timeout 15000ms exceeded.\u001b[39m',
    'Call log:',
    '\u001b[2m  - navigating to "https://careers.acme.test/", waiting until "domcontentloaded"\u001b[22m',
    '',
  ].join('\n');

  it('drops colour codes and the call log, leaving one line', () => {
    expect(plainErrorMessage(playwright)).toBe('page.goto: Timeout 15000ms exceeded.');
  });

  it("drops a launch error's log banner", () => {
    const launch =
      'browserType.launch: Target closed\n=========================== logs ===========================\n<launching> /usr/bin/chromium';
    expect(plainErrorMessage(launch)).toBe('browserType.launch: Target closed');
  });

  it('joins the lines of a message and masks URL passwords', () => {
    expect(plainErrorMessage('No board at\n  https://u:hunter2@acme.test/jobs')).toBe(
      'No board at https://u:***@acme.test/jobs',
    );
  });

  it('shortens a very long message without leaving half a password', () => {
    const long = `${'x'.repeat(480)} https://u:${'s'.repeat(40)}@acme.test/`;
    const plain = plainErrorMessage(long);
    expect(plain.length).toBeLessThanOrEqual(500);
    expect(plain).not.toContain('sssss');
  });

  it('strips cursor and hyperlink sequences too', () => {
    expect(stripAnsi('\u001b[2K\u001b[1Gdone \u001b]8;;https://x.test\u0007link\u001b]8;;\u0007')).toBe('done link');
  });
});
