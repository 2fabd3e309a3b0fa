import { SsrfGuard, classifyAddress } from './ssrf-guard';

describe('classifyAddress', () => {
  it.each([
    ['8.8.8.8', 'public'],
    ['151.101.1.69', 'public'],
    ['2606:4700::1111', 'public'],
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['0.0.0.0', 'blocked'],
    ['10.1.2.3', 'blocked'],
    ['172.16.0.1', 'blocked'],
    ['172.31.255.255', 'blocked'],
    ['192.168.1.1', 'blocked'],
    ['169.254.169.254', 'blocked'],
    ['100.64.0.1', 'blocked'],
    ['fc00::1', 'blocked'],
    ['fd12:3456::1', 'blocked'],
    ['fe80::1', 'blocked'],
    ['::ffff:10.0.0.1', 'blocked'],
    ['::', 'blocked'],
    ['not-an-ip', 'blocked'],
  ])('%s is %s', (address, verdict) => {
    expect(classifyAddress(address)).toBe(verdict);
  });

  it('keeps 172.15 and 172.32 public', () => {
    expect(classifyAddress('172.15.0.1')).toBe('public');
    expect(classifyAddress('172.32.0.1')).toBe('public');
  });
});

describe('SsrfGuard', () => {
  const resolveTo = (addresses: string[]) => async () => addresses;

  it('trusts known board hosts without resolving them', async () => {
    const resolver = jest.fn(resolveTo(['10.0.0.1']));
    await new SsrfGuard(false, resolver).check(new URL('https://api.ashbyhq.com/posting-api/job-board/x'));
    expect(resolver).not.toHaveBeenCalled();
  });

  it('refuses a host when any of its addresses is private', async () => {
    const guard = new SsrfGuard(false, resolveTo(['93.184.216.34', '10.0.0.5']));
    await expect(guard.check(new URL('https://careers.example.com/'))).rejects.toMatchObject({ code: 'HOST_BLOCKED' });
  });

  it('allows public hosts and refuses metadata names and other schemes', async () => {
    const guard = new SsrfGuard(false, resolveTo(['93.184.216.34']));
    await expect(guard.check(new URL('https://careers.example.com/'))).resolves.toBeUndefined();
    await expect(guard.check(new URL('http://metadata.google.internal/computeMetadata/v1/'))).rejects.toMatchObject({
      code: 'HOST_BLOCKED',
    });
    await expect(guard.check(new URL('http://169.254.169.254/latest/meta-data'))).rejects.toMatchObject({
      code: 'HOST_BLOCKED',
    });
    await expect(guard.check(new URL('file:///etc/passwd'))).rejects.toMatchObject({ code: 'HOST_BLOCKED' });
  });

  it('permits loopback only when allowed, and never private ranges', async () => {
    await expect(new SsrfGuard(false).check(new URL('http://127.0.0.1:8080/'))).rejects.toMatchObject({
      code: 'HOST_BLOCKED',
    });
    await expect(new SsrfGuard(true).check(new URL('http://127.0.0.1:8080/'))).resolves.toBeUndefined();
    await expect(new SsrfGuard(true).check(new URL('http://[::1]:8080/'))).resolves.toBeUndefined();
    await expect(new SsrfGuard(true).check(new URL('http://192.168.0.10/'))).rejects.toMatchObject({
      code: 'HOST_BLOCKED',
    });
  });
});
