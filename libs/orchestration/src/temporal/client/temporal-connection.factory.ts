import { readFileSync } from 'node:fs';
// Types only: @temporalio/client (gRPC and Temporal's protobufs) loads when a connection is first opened,
// so a process that never talks to Temporal (the CLI on the checkpoint pipeline) does not pay for it.
import type { Connection, ConnectionOptions } from '@temporalio/client';
import type { NativeConnectionOptions } from '@temporalio/worker';
import type { TemporalConfig } from '@job-hunter/config';
import { JobHunterError, errorMessage } from '@job-hunter/domain';
import { TemporalConnectionError, redactSecrets } from './temporal-connection.error';

/** Long enough for a Cloud handshake, short enough that an absent server fails a run quickly. */
export const CONNECT_TIMEOUT_MS = 5000;

type TlsOption = NonNullable<ConnectionOptions['tls']>;

/** Options for `@temporalio/client` (CLI, API): plain TCP, mTLS, API key, or API key over mTLS. */
export function connectionOptions(cfg: TemporalConfig, connectTimeoutMs = CONNECT_TIMEOUT_MS): ConnectionOptions {
  return { ...sharedOptions(cfg), connectTimeout: connectTimeoutMs };
}

/** The same settings for `NativeConnection.connect` (workers). */
export function nativeConnectionOptions(cfg: TemporalConfig): NativeConnectionOptions {
  return sharedOptions(cfg);
}

function sharedOptions(cfg: TemporalConfig): { address: string; tls?: TlsOption; apiKey?: string } {
  const tls = tlsOption(cfg);
  return {
    address: cfg.address,
    ...(tls === undefined ? {} : { tls }),
    ...(cfg.apiKey ? { apiKey: cfg.apiKey } : {}),
  };
}

/**
 * TLS is on when a client certificate, a CA or a server name is configured, or when an API
 * key is set (Temporal Cloud accepts API keys only over TLS). Half-configured mTLS never
 * gets here: config validation rejects a certificate without its key and vice versa.
 */
function tlsOption(cfg: TemporalConfig): TlsOption | undefined {
  const custom = {
    ...(cfg.tlsCertPath && cfg.tlsKeyPath
      ? {
          clientCertPair: {
            crt: readPem(cfg.tlsCertPath, 'JH_TEMPORAL_TLS_CERT_PATH'),
            key: readPem(cfg.tlsKeyPath, 'JH_TEMPORAL_TLS_KEY_PATH'),
          },
        }
      : {}),
    ...(cfg.tlsCaPath ? { serverRootCACertificate: readPem(cfg.tlsCaPath, 'JH_TEMPORAL_TLS_CA_PATH') } : {}),
    ...(cfg.tlsServerName ? { serverNameOverride: cfg.tlsServerName } : {}),
  };
  if (Object.keys(custom).length > 0) return custom;
  return cfg.apiKey ? true : undefined;
}

function readPem(path: string, variable: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new JobHunterError(
      'CONFIG_INVALID',
      `${variable}=${path} cannot be read (${errorMessage(e)}); point it at a readable PEM file.`,
    );
  }
}

/** What the connect helpers need of a connection; fakes in tests implement just this. */
export type ClosableConnection = Pick<Connection, 'ensureConnected' | 'close'>;

export type ConnectionMaker<C extends ClosableConnection> = (options: ConnectionOptions) => C | Promise<C>;

const lazyConnection: ConnectionMaker<Connection> = async (options) =>
  (await import('@temporalio/client')).Connection.lazy(options);

/**
 * Opens a verified connection or throws TemporalConnectionError. Built lazily and then
 * checked, so a connection that fails its check is still closed (Connection.connect would
 * leak its gRPC channel).
 */
export async function openConnection(cfg: TemporalConfig, deadlineMs?: number): Promise<Connection>;
export async function openConnection<C extends ClosableConnection>(
  cfg: TemporalConfig,
  deadlineMs: number | undefined,
  make: ConnectionMaker<C>,
): Promise<C>;
export async function openConnection(
  cfg: TemporalConfig,
  deadlineMs = CONNECT_TIMEOUT_MS,
  make: ConnectionMaker<ClosableConnection> = lazyConnection,
): Promise<ClosableConnection> {
  const options = connectionOptions(cfg, deadlineMs);
  let connection: ClosableConnection | undefined;
  try {
    connection = await make(options);
    await connection.ensureConnected();
    return connection;
  } catch (e) {
    await connection?.close().catch(() => undefined);
    throw new TemporalConnectionError(cfg.address, redactSecrets(errorMessage(e), [cfg.apiKey]));
  }
}
