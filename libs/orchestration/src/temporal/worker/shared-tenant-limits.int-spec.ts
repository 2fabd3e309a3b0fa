import type { DataSource } from 'typeorm';
import { HostLeases, WorkdayClient, createBoardHttp } from '@job-hunter/job-boards';
import { HostLeaseRepository, openDataSource, runMigrations } from '@job-hunter/persistence';
import {
  FakeJobBoardServer,
  WORKDAY_TEST_HOST,
  sqliteTarget,
  workdayApiPath,
  workdayDetail,
  workdayListPage,
  workdayPosting,
  type Target,
} from '@job-hunter/testing';

const SITES = ['External', 'Careers', 'Interns'];
const JOBS = 25;

/**
 * Workday's one-list-page-at-a-time rule is per tenant. Two "workers" (each its own DataSource on
 * one SQLite file, its own WorkdayClient and HTTP client, as two processes would have) scrape the
 * three sites of one tenant at once: with shared leases the tenant sees one list page at a time.
 */
describe('per-tenant Workday limit across two workers sharing the lease table', () => {
  let target: Target;
  const sources: DataSource[] = [];

  beforeAll(async () => {
    target = await sqliteTarget();
    await runMigrations(target.db);
    for (let i = 0; i < 2; i++) sources.push(await openDataSource(target.db));
  });
  afterAll(async () => {
    for (const ds of sources) await ds.destroy();
    await target?.cleanup();
  });

  async function peakListPages(shared: boolean): Promise<number> {
    const server = await new FakeJobBoardServer().start();
    try {
      for (const site of SITES) {
        server.route({
          method: 'POST',
          path: workdayApiPath.list('acme', site),
          respond: (r) => {
            const { offset, limit } = JSON.parse(r.body) as { offset: number; limit: number };
            return { json: workdayListPage(JOBS, offset, limit), delayMs: 40 };
          },
        });
        for (let i = 0; i < JOBS; i++) {
          server.route({
            path: workdayApiPath.detail('acme', site, String(workdayPosting(i)['externalPath'])),
            respond: { json: workdayDetail(i, WORKDAY_TEST_HOST, site), delayMs: 5 },
          });
        }
      }
      const workers = sources.map((ds) => {
        const leases = shared ? new HostLeases(new HostLeaseRepository(ds), { minWaitMs: 5 }) : undefined;
        const http = createBoardHttp(
          {},
          { hostOverrides: { [WORKDAY_TEST_HOST]: server.url }, retries: 0, hostLeases: leases },
        );
        return { client: new WorkdayClient(leases), http };
      });
      // Each worker scrapes every site, as two workers would with companies on one tenant.
      const results = await Promise.all(
        workers.flatMap(({ client, http }) =>
          SITES.map((site) =>
            client.fetchJobs(
              {
                company: 'Acme',
                board: `${WORKDAY_TEST_HOST}|acme|${site}`,
                careersUrl: `https://${WORKDAY_TEST_HOST}/en-US/${site}`,
              },
              http,
            ),
          ),
        ),
      );
      expect(results.map((r) => r.jobs.length)).toEqual(Array(SITES.length * 2).fill(JOBS));
      return server.maxConcurrent((r) => r.method === 'POST');
    } finally {
      await server.close();
    }
  }

  it('lets the tenant see one list page at a time across both workers', async () => {
    expect(await peakListPages(true)).toBe(1);
  }, 60_000);

  it('lets it see one per worker without the shared leases', async () => {
    expect(await peakListPages(false)).toBe(2);
  }, 60_000);
});
