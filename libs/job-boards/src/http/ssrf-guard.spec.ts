import { SsrfGuard } from './ssrf-guard';

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
    'http://[::ffff:0:7f00:1]/',
    'http://[64:ff9b::7f00:1]/',
    'http://[2002:7f00:1::]/',
    'http://[::127.0.0.1]/',
  ])('refuses the IPv6 form %s without DNS when loopback is not allowed', async (href) => {
    const resolver = jest.fn(resolveTo(['93.184.216.34']));
    await expect(new SsrfGuard(false, resolver).check(new URL(href))).rejects.toMatchObject({
      code: 'HOST_BLOCKED',
      message: expect.stringMatching(/^Refused to fetch http:\/\/\[[^\]]+\](:\d+)?: it is the non-public address /),
    });
    expect(resolver).not.toHaveBeenCalled();
  });

  it('allows the mapped loopback form only when loopback is allowed, and never a mapped private address', async () => {
    await expect(new SsrfGuard(true).check(new URL('http://[::ffff:127.0.0.1]:8080/'))).resolves.toBeUndefined();
    await expect(new SsrfGuard(true).check(new URL('http://[::ffff:a9fe:a9fe]/'))).rejects.toMatchObject({
      code: 'HOST_BLOCKED',
    });
  });

  describe('lookup (the resolution the connection uses)', () => {
    const lookup = (guard: SsrfGuard, host: string, options: { all?: boolean; family?: number } = {}) =>
      new Promise<unknown>((resolve, reject) =>
        guard.lookup(host, options, (error, address, family) =>
          error ? reject(error) : resolve(options.all ? address : { address, family }),
        ),
      );

    it('hands back the addresses it checked, resolving once per connection', async () => {
      const resolver = jest.fn(resolveTo(['93.184.216.34', '2606:4700::1111']));
      const guard = new SsrfGuard(false, resolver);
      await expect(lookup(guard, 'careers.example.com')).resolves.toEqual({ address: '93.184.216.34', family: 4 });
      await expect(lookup(guard, 'careers.example.com', { all: true })).resolves.toEqual([
        { address: '93.184.216.34', family: 4 },
        { address: '2606:4700::1111', family: 6 },
      ]);
      await expect(lookup(guard, 'careers.example.com', { family: 6 })).resolves.toEqual({
        address: '2606:4700::1111',
        family: 6,
      });
      expect(resolver).toHaveBeenCalledTimes(3);
    });

    it('refuses a name that resolves to a private, mapped or loopback address, board hosts included', async () => {
      for (const address of ['10.0.0.1', '::ffff:7f00:1', '::ffff:a9fe:a9fe', '64:ff9b::a00:1', '127.0.0.1']) {
        const guard = new SsrfGuard(false, resolveTo(['93.184.216.34', address]));
        await expect(lookup(guard, 'boards.greenhouse.io')).rejects.toMatchObject({
          code: 'HOST_BLOCKED',
          message: expect.stringContaining(`resolves to the non-public address ${address}`),
        });
      }
    });

    it('lets loopback through only when allowed', async () => {
      await expect(lookup(new SsrfGuard(true, resolveTo(['127.0.0.1'])), 'fake.test')).resolves.toEqual({
        address: '127.0.0.1',
        family: 4,
      });
    });

    it('reports a name that does not resolve as a board HTTP error', async () => {
      const guard = new SsrfGuard(false, () => Promise.reject(new Error('ENOTFOUND')));
      await expect(lookup(guard, 'nowhere.example')).rejects.toMatchObject({ code: 'BOARD_HTTP_ERROR' });
    });
  });
});
