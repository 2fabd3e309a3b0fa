import {
  BOARD_API_HOSTS,
  FakeJobBoardServer,
  ashbyBoard,
  boardApiPath,
  greenhouseBoard,
  leverBoard,
} from '@job-hunter/testing';
import { benchCompanies } from './bench-market';
import type { BenchMarket, ServerMessage } from './bench-market';

/**
 * The fake job-board market of the benchmark, in its own process (forked by scrape-bench.ts)
 * so that serving the payloads costs the measured process neither CPU nor memory.
 */
function serve(market: BenchMarket): Promise<FakeJobBoardServer> {
  const server = new FakeJobBoardServer();
  for (const company of benchCompanies(market)) {
    const payload = {
      greenhouse: () => greenhouseBoard(market.jobs, company.board),
      lever: () => leverBoard(market.jobs, company.board),
      ashby: () => ashbyBoard(market.jobs, company.board),
    }[company.ats]();
    server.route({
      path: boardApiPath[company.ats](company.board),
      // Serialised once: the server should answer as fast as a real CDN-backed board, plus the latency.
      respond: {
        body: JSON.stringify(payload),
        headers: { 'content-type': 'application/json' },
        delayMs: market.latencyMs,
      },
    });
  }
  return server.start();
}

function hostOf(path: string): string {
  if (path.startsWith('/v1/boards/')) return BOARD_API_HOSTS.greenhouse;
  if (path.startsWith('/v0/postings/')) return BOARD_API_HOSTS.lever;
  return BOARD_API_HOSTS.ashby;
}

const send = (message: ServerMessage): void => {
  process.send?.(message);
};

process.once('message', (market: BenchMarket) => {
  serve(market).then(
    (server) => {
      send({ kind: 'ready', url: server.url });
      process.once('message', () => {
        const perHost: Record<string, number> = {};
        for (const r of server.requests) perHost[hostOf(r.path)] = (perHost[hostOf(r.path)] ?? 0) + 1;
        send({ kind: 'requests', perHost });
        void server.close().then(() => process.exit(0));
      });
    },
    (error: unknown) => {
      process.stderr.write(`bench server: ${String(error)}\n`);
      process.exit(1);
    },
  );
});
