import { isLoopbackHost, listenRefusal } from './listen-address';

describe('listen address', () => {
  it.each(['127.0.0.1', '127.1.2.3', 'localhost', 'LOCALHOST'])('%s is loopback', (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });

  it.each(['0.0.0.0', '10.0.0.5', '192.168.1.2', '128.0.0.1', 'api.example.com', 'localhost.example.com'])(
    '%s is not loopback',
    (host) => {
      expect(isLoopbackHost(host)).toBe(false);
    },
  );

  it('lets the API start on loopback without a token, and anywhere with one', () => {
    expect(listenRefusal({ host: '127.0.0.1' })).toBeUndefined();
    expect(listenRefusal({ host: 'localhost' })).toBeUndefined();
    expect(listenRefusal({ host: '0.0.0.0', token: 'a-long-random-secret' })).toBeUndefined();
  });

  it('refuses a reachable address without a token, naming JH_API_TOKEN and the address', () => {
    const refusal = listenRefusal({ host: '0.0.0.0' });
    expect(refusal).toContain('JH_API_TOKEN');
    expect(refusal).toContain('JH_API_HOST 0.0.0.0');
  });
});
