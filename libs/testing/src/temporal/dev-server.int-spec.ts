import { Client, Connection } from '@temporalio/client';
import { startDevServer } from './dev-server';

jest.setTimeout(60_000);

describe('startDevServer', () => {
  it('starts a dev server with the namespace asked for, and stop() ends it', async () => {
    const server = await startDevServer({ namespace: 'jh-test' });
    try {
      expect(server.address).toMatch(/^127\.0\.0\.1:\d+$/);
      const connection = await Connection.connect({ address: server.address });
      const client = new Client({ connection, namespace: server.namespace });
      const described = await client.workflowService.describeNamespace({ namespace: 'jh-test' });
      expect(described.namespaceInfo?.name).toBe('jh-test');
      await connection.close();
    } finally {
      await server.stop();
    }
    await expect(Connection.connect({ address: server.address, connectTimeout: 500 })).rejects.toThrow();
  });
});
