import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JobHunterError } from '@job-hunter/domain';
import { temporalConfig } from './temporal-client.fixtures';
import {
  CONNECT_TIMEOUT_MS,
  connectionOptions,
  nativeConnectionOptions,
  openConnection,
  type ClosableConnection,
} from './temporal-connection.factory';
import { TemporalConnectionError } from './temporal-connection.error';

const API_KEY = 'tcld-secret-key-0123456789';

describe('Temporal connection options', () => {
  let dir: string;
  const pem = (name: string, text: string): string => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'jh-tls-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('connects over plain TCP to any address when nothing secures it', () => {
    const cfg = temporalConfig({ address: '10.1.2.3:7999' });
    expect(connectionOptions(cfg)).toEqual({ address: '10.1.2.3:7999', connectTimeout: CONNECT_TIMEOUT_MS });
    expect(nativeConnectionOptions(cfg)).toEqual({ address: '10.1.2.3:7999' });
  });

  it('reads the client certificate pair, the CA and the server name for mTLS', () => {
    const cfg = temporalConfig({
      tlsCertPath: pem('client.crt', '-----BEGIN CERTIFICATE-----\nCLIENT\n-----END CERTIFICATE-----\n'),
      tlsKeyPath: pem('client.key', '-----BEGIN PRIVATE KEY-----\nKEY\n-----END PRIVATE KEY-----\n'),
      tlsCaPath: pem('ca.crt', '-----BEGIN CERTIFICATE-----\nCA\n-----END CERTIFICATE-----\n'),
      tlsServerName: 'frontend.temporal.internal',
    });
    const options = connectionOptions(cfg, 1234);
    expect(options.connectTimeout).toBe(1234);
    expect(options.apiKey).toBeUndefined();
    const tls = options.tls as Exclude<typeof options.tls, boolean | null | undefined>;
    expect(Buffer.from(tls.clientCertPair?.crt ?? []).toString()).toContain('CLIENT');
    expect(Buffer.from(tls.clientCertPair?.key ?? []).toString()).toContain('PRIVATE KEY');
    expect(Buffer.from(tls.serverRootCACertificate ?? []).toString()).toContain('CA');
    expect(tls.serverNameOverride).toBe('frontend.temporal.internal');
    expect(nativeConnectionOptions(cfg).tls).toEqual(tls);
  });

  it('leaves the CA and server name out when only the certificate pair is set', () => {
    const cfg = temporalConfig({ tlsCertPath: pem('c.crt', 'CRT'), tlsKeyPath: pem('c.key', 'KEY') });
    expect(Object.keys(connectionOptions(cfg).tls as object)).toEqual(['clientCertPair']);
  });

  it('turns TLS on for an API key (Temporal Cloud)', () => {
    const cfg = temporalConfig({ address: 'ns.acct.tmprl.cloud:7233', apiKey: API_KEY });
    expect(connectionOptions(cfg)).toMatchObject({ address: 'ns.acct.tmprl.cloud:7233', tls: true, apiKey: API_KEY });
    expect(nativeConnectionOptions(cfg)).toEqual({ address: 'ns.acct.tmprl.cloud:7233', tls: true, apiKey: API_KEY });
  });

  it('sends the API key over mTLS when both are configured', () => {
    const cfg = temporalConfig({ apiKey: API_KEY, tlsCertPath: pem('c.crt', 'CRT'), tlsKeyPath: pem('c.key', 'KEY') });
    const options = nativeConnectionOptions(cfg);
    expect(options.apiKey).toBe(API_KEY);
    expect(options.tls).toMatchObject({ clientCertPair: { crt: expect.any(Buffer), key: expect.any(Buffer) } });
  });

  it('names the variable and the path of a TLS file it cannot read', () => {
    const missing = join(dir, 'nope.crt');
    const cfg = temporalConfig({ tlsCertPath: missing, tlsKeyPath: pem('c.key', 'KEY') });
    expect(() => connectionOptions(cfg)).toThrow(JobHunterError);
    expect(() => connectionOptions(cfg)).toThrow(`JH_TEMPORAL_TLS_CERT_PATH=${missing} cannot be read`);
  });
});

describe('openConnection', () => {
  const fake = (fail?: Error): ClosableConnection & { closed: number } => {
    const c = {
      closed: 0,
      ensureConnected: () => (fail ? Promise.reject(fail) : Promise.resolve()),
      close: async () => {
        c.closed += 1;
      },
    };
    return c;
  };

  it('returns the checked connection open, with the deadline as connectTimeout', async () => {
    const conn = fake();
    let seen: unknown;
    const opened = await openConnection(temporalConfig(), 777, (options) => {
      seen = options.connectTimeout;
      return conn;
    });
    expect(opened).toBe(conn);
    expect(seen).toBe(777);
    expect(conn.closed).toBe(0);
  });

  it('closes a connection that fails its check and says which address, never the API key', async () => {
    const conn = fake(new Error(`14 UNAVAILABLE: handshake refused for Bearer ${API_KEY}`));
    const cfg = temporalConfig({ address: 'ns.acct.tmprl.cloud:7233', apiKey: API_KEY });
    const error = await openConnection(cfg, 100, () => conn).catch((e: unknown) => e);
    expect(conn.closed).toBe(1);
    expect(error).toBeInstanceOf(TemporalConnectionError);
    const e = error as TemporalConnectionError;
    expect(e.code).toBe('TEMPORAL_UNAVAILABLE');
    expect(e.isUserError).toBe(false);
    expect(e.address).toBe('ns.acct.tmprl.cloud:7233');
    expect(e.message).toContain('ns.acct.tmprl.cloud:7233');
    expect(e.message).toContain('14 UNAVAILABLE');
    expect(e.message).not.toContain(API_KEY);
    expect(JSON.stringify({ ...e, stack: e.stack })).not.toContain(API_KEY);
  });
});
