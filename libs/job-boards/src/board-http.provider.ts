import { Inject, Injectable, Optional } from '@nestjs/common';
import { APP_CONFIG } from '@job-hunter/config';
import type { AppConfig } from '@job-hunter/config';
import { createBoardHttp } from './http/board-http.factory';
import type { BoardHttpSettings, SnapshotSelection } from './http/board-http.factory';
import type { HttpClient } from './http/http-client';
import { DEFAULT_USER_AGENT } from './http/http-client';

/** Optional extra HTTP settings (tests point board hosts at a local fake server with `hostOverrides`). */
export const BOARD_HTTP_SETTINGS = Symbol('BOARD_HTTP_SETTINGS');

/**
 * Builds the HttpClient for a snapshot selection from ScrapingConfig. Clients are shared per
 * selection, so per-host limits hold across companies scraped one call at a time.
 */
@Injectable()
export class BoardHttpFactory {
  private readonly clients = new Map<string, HttpClient>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() @Inject(BOARD_HTTP_SETTINGS) private readonly settings: BoardHttpSettings = {},
  ) {}

  create(selection: SnapshotSelection): HttpClient {
    const key = JSON.stringify([selection.snapshotDir ?? null, selection.recordSnapshotDir ?? null]);
    const existing = this.clients.get(key);
    if (existing) return existing;
    const client = this.build(selection);
    this.clients.set(key, client);
    return client;
  }

  private build(selection: SnapshotSelection): HttpClient {
    const scraping = this.config.scraping;
    return createBoardHttp(selection, {
      userAgent: scraping.userAgent?.trim() || DEFAULT_USER_AGENT,
      allowLoopback: scraping.allowLoopback,
      snapshotLatencyMs: scraping.snapshotLatencyMs,
      ...this.settings,
    });
  }
}
