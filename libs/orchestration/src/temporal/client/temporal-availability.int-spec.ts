import { freePort, startDevServer, type DevServer } from '@job-hunter/testing';
import type { JobHuntInput } from '../activities/activity-contract';
import { appConfig, temporalConfig } from './temporal-client.fixtures';
import { TemporalClientFactory } from './temporal-client.factory';
import { isTemporalAvailable } from './temporal-availability';
import { TemporalConnectionError } from './temporal-connection.error';

describe('Temporal availability (no server)', () => {
  it('is false within the deadline when nothing listens', async () => {
    const cfg = temporalConfig({ address: `127.0.0.1:${await freePort()}` });
    const started = Date.now();
    await expect(isTemporalAvailable(cfg, 1500)).resolves.toBe(false);
    expect(Date.now() - started).toBeLessThan(1500 + 1000);
  });

  it('fails to open a client with an error that names the address', async () => {
    const address = `127.0.0.1:${await freePort()}`;
    const factory = new TemporalClientFactory(appConfig({ address }));
    const error = await factory.open(1000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemporalConnectionError);
    expect((error as Error).message).toContain(address);
  });
});

describe('Temporal availability (dev server)', () => {
  let server: DevServer;
  beforeAll(async () => (server = await startDevServer()), 60_000);
  afterAll(() => server?.stop());

  it('is true when the server answers', async () => {
    await expect(
      isTemporalAvailable(temporalConfig({ address: server.address, namespace: server.namespace }), 3000),
    ).resolves.toBe(true);
  });

  it('starts a job hunt by run id and joins it when started again (no worker needed)', async () => {
    const cfg = appConfig({ address: server.address, namespace: server.namespace });
    const input: JobHuntInput = {
      runId: `int-${Date.now()}`,
      budgetUsd: 1,
      scrapeConcurrency: 2,
      queues: { default: 'int-default', llm: 'int-llm', scraping: 'int-scraping' },
    };
    const workflows = await new TemporalClientFactory(cfg).open();
    try {
      const first = await workflows.start(input, { taskQueue: 'int-default', timeoutSeconds: 60 });
      const again = await workflows.start(input, { taskQueue: 'int-default', timeoutSeconds: 60 });
      expect(again.runId).toBe(first.runId);
      await expect(first.state()).resolves.toBe('RUNNING');
      // No worker polls these queues: the query gives up at its deadline instead of hanging.
      const asked = Date.now();
      await expect(first.progress(1000)).rejects.toThrow();
      expect(Date.now() - asked).toBeLessThan(5000);
      await expect(workflows.attach('int-never-started').state()).resolves.toBe('NOT_FOUND');
    } finally {
      await workflows.close();
    }
  });
});
