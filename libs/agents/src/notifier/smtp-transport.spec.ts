import { smtpServerOf } from './smtp-transport';

describe('smtpServerOf', () => {
  it.each([
    ['smtp://mail.example.com', { host: 'mail.example.com', port: 587, secure: false, requireTLS: false }],
    ['smtps://mail.example.com', { host: 'mail.example.com', port: 465, secure: true, requireTLS: false }],
    ['smtp://mail.example.com:25', { host: 'mail.example.com', port: 25, secure: false, requireTLS: false }],
    ['smtps://[::1]:2465', { host: '::1', port: 2465, secure: true, requireTLS: false }],
  ])('reads %s: STARTTLS on smtp://, TLS from the start on smtps://', (url, expected) => {
    expect(smtpServerOf(url)).toEqual(expected);
  });

  it('logs in with the percent-decoded user and password of the URL', () => {
    expect(smtpServerOf('smtp://me%40example.com:p%40ss%2Fw0rd@mail.example.com:587').auth).toEqual({
      user: 'me@example.com',
      pass: 'p@ss/w0rd',
    });
  });

  it('requires STARTTLS before a login on smtp:// to another machine, so the password never goes in clear', () => {
    expect(smtpServerOf('smtp://me:pw@mail.example.com:587').requireTLS).toBe(true);
    expect(smtpServerOf('smtp://me:pw@127.0.0.1:2525').requireTLS).toBe(false);
    expect(smtpServerOf('smtp://me:pw@localhost:2525').requireTLS).toBe(false);
    expect(smtpServerOf('smtps://me:pw@mail.example.com').requireTLS).toBe(false);
  });
});
