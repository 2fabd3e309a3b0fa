import { CachingTransport } from '../cache/caching.transport';
import type { ResponseCacheSettings } from '../cache/response-cache.types';
import { HttpClient } from './http-client';
import type { HttpClientOptions } from './http-client';
import type { Transport } from './http.types';
import { LiveTransport } from './live.transport';
import { RecordTransport } from './record.transport';
import { SnapshotTransport } from './snapshot.transport';
import { SsrfGuard } from './ssrf-guard';
import { TracedTransport } from './traced.transport';
import type { Resolver } from './ssrf-guard';

/** Where a run's job-board answers come from (contract §4). */
export interface SnapshotSelection {
  snapshotDir?: string;
  recordSnapshotDir?: string;
}

export interface BoardHttpSettings extends Partial<HttpClientOptions> {
  /** Permit 127.0.0.0/8 and ::1 (tests and local fakes only). */
  allowLoopback?: boolean;
  /** Host → origin to connect to instead (see LiveTransport). */
  hostOverrides?: Record<string, string>;
  resolver?: Resolver;
  /** Simulated latency per replayed snapshot request. */
  snapshotLatencyMs?: number;
  /** Reuse live answers from a shared store (never consulted when replaying a snapshot). */
  responseCache?: ResponseCacheSettings;
}

/**
 * Builds the per-run client: replay a snapshot, or go live (through the cache when one is
 * given, and recording when asked: the recorder sits above the cache, so a recorded snapshot
 * holds every answer the run used, cached or not).
 */
export function createBoardHttp(selection: SnapshotSelection, settings: BoardHttpSettings = {}): HttpClient {
  const {
    allowLoopback = false,
    hostOverrides,
    resolver,
    snapshotLatencyMs,
    responseCache,
    ...clientOptions
  } = settings;
  let transport: Transport;
  if (selection.snapshotDir) {
    transport = new SnapshotTransport(selection.snapshotDir, snapshotLatencyMs);
  } else {
    transport = new LiveTransport({ guard: new SsrfGuard(allowLoopback, resolver), hostOverrides });
    if (responseCache) transport = new CachingTransport(transport, responseCache);
    if (selection.recordSnapshotDir) transport = new RecordTransport(transport, selection.recordSnapshotDir);
  }
  return new HttpClient(new TracedTransport(transport), clientOptions);
}
