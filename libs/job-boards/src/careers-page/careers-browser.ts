import { access, constants } from 'node:fs/promises';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { JobHunterError, errorMessage, plainErrorMessage } from '@job-hunter/domain';
import { readCappedBody } from '../http/read-capped-body';
import { pageError } from './page-errors';
import type { PageGuard } from './page-guard';

export interface CareersBrowserOptions {
  executablePath: string;
  userAgent: string;
  navigationTimeoutMs: number;
  /** After the DOM is ready, how long to wait for the page's own scripts to settle. */
  settleMs: number;
  maxBodyBytes: number;
  guard: PageGuard;
}

/** What one page holds that can lead to jobs. */
export interface PageScan {
  url: string;
  status: number;
  jsonLd: string[];
  links: string[];
  /** iframe, script and embed sources, and board-host requests the page tried to make. */
  embeds: string[];
}

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const SKIPPED_RESOURCES = new Set(['image', 'font', 'media', 'stylesheet']);
const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Node's fetch has decoded the body and Chromium frames it anew. */
const DROPPED_HEADERS = new Set(['content-encoding', 'content-length', 'transfer-encoding']);
/** Set by the connection, not by the page. */
const HOP_HEADERS = new Set(['host', 'connection', 'content-length', 'keep-alive', 'transfer-encoding', 'upgrade']);
/** Runs in the page (a string, so Node's types need no DOM). */
const EXTRACT = `(() => ({
  jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent || ''),
  links: [...document.querySelectorAll('a[href]')].map((a) => a.href),
  embeds: [...document.querySelectorAll('iframe[src], frame[src], script[src], embed[src]')].map((e) => e.src),
}))()`;

interface PageState {
  page: Page;
  boardRequests: string[];
  redirect?: URL;
  blocked?: unknown;
}

type Loaded = { kind: 'page'; scan: PageScan } | { kind: 'redirect'; to: URL };

/**
 * Headless system Chromium whose every request is fetched by Node through the SSRF guard, hop by hop,
 * because Chromium follows redirects without asking the page's route handler.
 */
export class CareersBrowser {
  private constructor(
    private readonly browser: Browser,
    private readonly context: BrowserContext,
    private readonly options: CareersBrowserOptions,
  ) {}

  static async launch(options: CareersBrowserOptions): Promise<CareersBrowser> {
    const installHint = `install chromium: apt-get install -y chromium (expected at ${options.executablePath})`;
    try {
      await access(options.executablePath, constants.X_OK);
    } catch {
      throw new JobHunterError('BOARD_UNSUPPORTED', `Careers pages need a headless Chromium; ${installHint}.`);
    }
    const { chromium } = await import('playwright-core');
    let browser: Browser;
    try {
      browser = await chromium.launch({ executablePath: options.executablePath, headless: true, args: LAUNCH_ARGS });
    } catch (cause) {
      throw new JobHunterError(
        'BOARD_UNSUPPORTED',
        `Chromium did not start (${plainErrorMessage(errorMessage(cause))}); ${installHint}.`,
        {
          cause,
        },
      );
    }
    try {
      const context = await browser.newContext({
        userAgent: options.userAgent,
        serviceWorkers: 'block',
        acceptDownloads: false,
        javaScriptEnabled: true,
      });
      context.setDefaultNavigationTimeout(options.navigationTimeoutMs);
      context.setDefaultTimeout(options.navigationTimeoutMs);
      await context.routeWebSocket(/.*/, (ws) => ws.close());
      return new CareersBrowser(browser, context, options);
    } catch (cause) {
      await browser.close().catch(() => undefined);
      throw cause;
    }
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
  }

  /** Loads a page, following redirects (each hop checked) until a page or a known board host. */
  async scan(start: URL): Promise<PageScan> {
    let url = start;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      if (hop > 0 && this.options.guard.isBoardHost(url)) {
        return { url: url.href, status: 200, jsonLd: [], links: [], embeds: [url.href] };
      }
      const loaded = await this.load(url);
      if (loaded.kind === 'page') return loaded.scan;
      url = loaded.to;
    }
    throw new JobHunterError(
      'PAGE_HTTP_ERROR',
      `${start.host} redirected more than ${MAX_REDIRECTS} times; check the careers URL.`,
    );
  }

  private async load(url: URL): Promise<Loaded> {
    const page = await this.context.newPage();
    const state: PageState = { page, boardRequests: [] };
    try {
      await page.route('**/*', (route) => this.handle(route, state));
      let status = 0;
      try {
        status = (await page.goto(url.href, { waitUntil: 'domcontentloaded' }))?.status() ?? 0;
      } catch (cause) {
        if (!state.redirect && !state.blocked) throw pageError(url, cause);
      }
      // The route handler's own failure (a blocked host, a fetch that timed out) says more than goto's.
      if (state.blocked) throw pageError(url, state.blocked);
      if (state.redirect) return { kind: 'redirect', to: state.redirect };
      await page.waitForLoadState('networkidle', { timeout: this.options.settleMs }).catch(() => undefined);
      const found = (await page.evaluate(EXTRACT)) as Omit<PageScan, 'url' | 'status'>;
      return {
        kind: 'page',
        scan: { ...found, url: page.url(), status, embeds: [...found.embeds, ...state.boardRequests] },
      };
    } finally {
      await page.close().catch(() => undefined);
    }
  }

  /** Every request of the page: skipped, noted (board hosts, whose API we read instead) or fetched by Node. */
  private async handle(route: Route, state: PageState): Promise<void> {
    const request = route.request();
    try {
      const url = new URL(request.url());
      if (SKIPPED_RESOURCES.has(request.resourceType())) return await route.abort('blockedbyclient');
      if (this.options.guard.isBoardHost(url)) {
        state.boardRequests.push(url.href);
        return await route.abort('blockedbyclient');
      }
      const isMain = request.isNavigationRequest() && request.frame() === state.page.mainFrame();
      if (isMain && state.redirect) return await route.abort('blockedbyclient');
      let target = url;
      for (let hop = 0; ; hop++) {
        await this.options.guard.check(target);
        const response = await this.fetch(target, request.method(), request.headers(), request.postDataBuffer());
        const location = response.headers.get('location');
        if (!REDIRECT_STATUSES.has(response.status) || !location || hop >= MAX_REDIRECTS) {
          return await this.fulfill(route, response, url);
        }
        await response.body?.cancel();
        target = new URL(location, target);
        if (isMain) {
          // The page itself moved: load it anew at its new address, so its links resolve against it.
          if (!this.options.guard.isBoardHost(target)) await this.options.guard.check(target);
          state.redirect = target;
          return await route.abort('blockedbyclient');
        }
      }
    } catch (cause) {
      if (request.isNavigationRequest() && request.frame() === state.page.mainFrame()) state.blocked ??= cause;
      await route.abort('blockedbyclient').catch(() => undefined);
    }
  }

  /**
   * One hop through the guard's connection (PageGuard.fetch), not Playwright's request API, whose own
   * DNS lookup could land elsewhere than the address the guard judged. The page's cookies go along as
   * Chromium would send them; Set-Cookie answers reach Chromium through fulfill.
   */
  private async fetch(
    url: URL,
    method: string,
    headers: Record<string, string>,
    body: Buffer | null,
  ): Promise<Response> {
    const sent = Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_HEADERS.has(name.toLowerCase())));
    const cookies = await this.context.cookies(url.href);
    if (cookies.length > 0) sent['cookie'] = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    return this.options.guard.fetch(url, {
      method,
      headers: sent,
      body: body ?? undefined,
      signal: AbortSignal.timeout(this.options.navigationTimeoutMs),
    });
  }

  private async fulfill(route: Route, response: Response, url: URL): Promise<void> {
    const body = await readCappedBody(response, this.options.maxBodyBytes, url);
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (!DROPPED_HEADERS.has(name)) headers[name] = value;
    });
    await route.fulfill({ status: response.status, headers, body });
  }
}
