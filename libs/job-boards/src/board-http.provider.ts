import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { APP_CONFIG } from '@job-hunter/config';
import type { AppConfig } from '@job-hunter/config';
import { errorMessage } from '@job-hunter/domain';
import type { ResponseCacheSettings, ResponseCacheStore } from './cache/response-cache.types';
import { createBoardHttp } from './http/board-http.factory';
import type { BoardHttpSettings, SnapshotSelection } from './http/board-http.factory';
import { HOST_LEASES } from './http/host-leases';
import type { HostLeases } from './http/host-leases';
import type { HttpClient } from './http/http-client';
import { DEFAULT_USER_AGENT } from './http/http-client';
import { describeRequest } from './http/request-log';

/** Optional extra HTTP settings (tests point board hosts at a local fake server with `hostOverrides`). */
export const BOARD_HTTP_SETTINGS = Symbol('BOARD_HTTP_SETTINGS');

const HOUR_MS = 3_600_000;

/** A run's HTTP needs: where answers come from, and the shared cache for live answers. */
export interface BoardHttpSelection extends SnapshotSelection {
  /** `--force-rescrape`: fetch everything live (fresh answers still refill the cache). */
  forceRescrape?: boolean;
  /** The database cache; without one (or when replaying a snapshot) nothing is cached. */
  cacheStore?: ResponseCacheStore;
}

/**
 * Builds the HttpClient for a selection from ScrapingConfig. Clients are shared per
 * selection, so per-host limits hold across companies scraped one call at a time; with
 * HOST_LEASES (Temporal workers) they hold across processes too.
 */
@Injectable()
export class BoardHttpFactory {
  private readonly clients = new Map<string, HttpClient>();
  private readonly storeIds = new WeakMap<ResponseCacheStore, number>();
  private nextStoreId = 1;
  private readonly logger = new Logger('BoardHttp');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() @Inject(BOARD_HTTP_SETTINGS) private readonly settings: BoardHttpSettings = {},
    @Optional() @Inject(HOST_LEASES) private readonly leases?: HostLeases,
  ) {}

  create(selection: BoardHttpSelection): HttpClient {
    const key = JSON.stringify([
      selection.snapshotDir ?? null,
      selection.recordSnapshotDir ?? null,
      selection.forceRescrape === true,
      selection.cacheStore ? this.storeId(selection.cacheStore) : null,
    ]);
    const existing = this.clients.get(key);
    if (existing) return existing;
    const client = this.build(selection);
    this.clients.set(key, client);
    return client;
  }

  private build(selection: BoardHttpSelection): HttpClient {
    const scraping = this.config.scraping;
    return createBoardHttp(selection, {
      userAgent: scraping.userAgent?.trim() || DEFAULT_USER_AGENT,
      allowLoopback: scraping.allowLoopback,
      snapshotLatencyMs: scraping.snapshotLatencyMs,
      responseCache: this.cacheSettings(selection),
      // Debug level: shown with --verbose or JH_LOG_LEVEL=debug only.
      onRequest: (event) => this.logger.debug(describeRequest(event)),
      // A replayed snapshot contacts no host, so it needs no shared slot.
      ...(this.leases && !selection.snapshotDir ? { hostLeases: this.leases } : {}),
      ...this.settings,
    });
  }

  private cacheSettings(selection: BoardHttpSelection): ResponseCacheSettings | undefined {
    const ttlHours = this.config.scraping.cacheTtlHours;
    if (!selection.cacheStore || selection.snapshotDir || !(ttlHours > 0)) return undefined;
    return {
      store: selection.cacheStore,
      ttlMs: ttlHours * HOUR_MS,
      refresh: selection.forceRescrape === true,
      onError: (error, action) =>
        this.logger.warn(`Job-board cache ${action} failed (${errorMessage(error)}); fetching live instead.`),
    };
  }

  private storeId(store: ResponseCacheStore): number {
    let id = this.storeIds.get(store);
    if (id === undefined) {
      id = this.nextStoreId++;
      this.storeIds.set(store, id);
    }
    return id;
  }
}
