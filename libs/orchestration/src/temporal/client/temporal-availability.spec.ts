import { temporalConfig } from './temporal-client.fixtures';
import { isTemporalAvailable } from './temporal-availability';
import type { ClosableConnection } from './temporal-connection.factory';

function probeConnection(fail?: Error): ClosableConnection & { closed: number } {
  const c = {
    closed: 0,
    ensureConnected: () => (fail ? Promise.reject(fail) : Promise.resolve()),
    close: async () => {
      c.closed += 1;
    },
  };
  return c;
}

describe('isTemporalAvailable', () => {
  it('is true when the server answers, and closes its probe connection', async () => {
    const conn = probeConnection();
    await expect(isTemporalAvailable(temporalConfig(), 500, () => conn)).resolves.toBe(true);
    expect(conn.closed).toBe(1);
  });

  it('is false when the server does not answer, and still closes the connection', async () => {
    const conn = probeConnection(new Error('14 UNAVAILABLE: connect ECONNREFUSED'));
    await expect(isTemporalAvailable(temporalConfig(), 500, () => conn)).resolves.toBe(false);
    expect(conn.closed).toBe(1);
  });

  it('is false when even building the connection fails', async () => {
    await expect(
      isTemporalAvailable(temporalConfig(), 500, () => {
        throw new Error('bad address');
      }),
    ).resolves.toBe(false);
  });

  it('still reports an unreadable TLS file as a configuration error instead of hiding it', async () => {
    const cfg = temporalConfig({ tlsCertPath: '/nonexistent/c.crt', tlsKeyPath: '/nonexistent/c.key' });
    await expect(isTemporalAvailable(cfg, 500, () => probeConnection())).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
    });
  });
});
