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
    // IPv6 forms of IPv4 addresses, as Node's URL parser writes them
    ['::ffff:7f00:1', 'loopback'],
    ['0:0:0:0:0:ffff:7f00:1', 'loopback'],
    ['[::ffff:7f00:1]', 'loopback'],
    ['::ffff:a9fe:a9fe', 'blocked'],
    ['::ffff:a00:1', 'blocked'],
    ['::ffff:c0a8:101', 'blocked'],
    ['::ffff:0:7f00:1', 'blocked'], // IPv4-translated
    ['64:ff9b::7f00:1', 'blocked'], // NAT64
    ['64:ff9b::808:808', 'blocked'],
    ['2002:7f00:1::', 'blocked'], // 6to4
    ['2002:808:808::1', 'blocked'],
    ['::7f00:1', 'blocked'], // IPv4-compatible, ::/96
    ['::a9fe:a9fe', 'blocked'],
    ['2001::1', 'blocked'], // Teredo
    ['ff02::1', 'blocked'],
    ['2001:db8::1', 'blocked'], // documentation
    ['192.0.2.1', 'blocked'],
    ['255.255.255.255', 'blocked'],
    ['224.0.0.1', 'blocked'],
    ['::ffff:8.8.8.8', 'public'],
    ['::ffff:808:808', 'public'],
    ['2a00:1450:4001:80b::200e', 'public'],
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

  it.each([
    'http://[::ffff:127.0.0.1]:8080/',
    'http://[0:0:0:0:0:ffff:7f00:1]:8080/',
    'http://[::ffff:169.254.169.254]/latest/meta-data',
    'http://[::ffff:10.0.0.1]/',
    'http://[::ffff:192.168.1.1]/',
    'http://[64:ff9b::7f00:1]/',
    'http://[2002:7f00:1::]/',
    'http://[::127.0.0.1]/',
  ])('refuses the IPv6 form %s when loopback is not allowed', async (href) => {
    await expect(new SsrfGuard(false).check(new URL(href))).rejects.toMatchObject({ code: 'HOST_BLOCKED' });
  });

  it('allows the mapped loopback form only when loopback is allowed', async () => {
    await expect(new SsrfGuard(true).check(new URL('http://[::ffff:127.0.0.1]:8080/'))).resolves.toBeUndefined();
    await expect(new SsrfGuard(true).check(new URL('http://[::ffff:a9fe:a9fe]/'))).rejects.toMatchObject({
      code: 'HOST_BLOCKED',
    });
  });

  describe('lookup (used at connect time)', () => {
    const lookup = (guard: SsrfGuard, host: string, all = false) =>
      new Promise<unknown>((resolve, reject) =>
        guard.lookup(host, { all }, (error, address, family) =>
          error ? reject(error) : resolve(all ? address : { address, family }),
        ),
      );

    it('hands back the checked addresses, resolving once', async () => {
      const resolver = jest.fn(resolveTo(['93.184.216.34', '2606:4700::1111']));
      const guard = new SsrfGuard(false, resolver);
      await expect(lookup(guard, 'careers.example.com')).resolves.toEqual({ address: '93.184.216.34', family: 4 });
      await expect(lookup(guard, 'careers.example.com', true)).resolves.toEqual([
        { address: '93.184.216.34', family: 4 },
        { address: '2606:4700::1111', family: 6 },
      ]);
      expect(resolver).toHaveBeenCalledTimes(2);
    });

    it('refuses a name that now resolves to a private or mapped address, board hosts included', async () => {
      for (const address of ['10.0.0.1', '::ffff:7f00:1', '::ffff:a9fe:a9fe', '127.0.0.1']) {
        const guard = new SsrfGuard(false, resolveTo([address]));
        await expect(lookup(guard, 'boards.greenhouse.io')).rejects.toMatchObject({ code: 'HOST_BLOCKED' });
      }
    });
  });
});
