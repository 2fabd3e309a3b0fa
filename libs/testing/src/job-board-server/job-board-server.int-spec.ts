import { FakeJobBoardServer } from './job-board-server';

describe('FakeJobBoardServer.maxConcurrent', () => {
  let server: FakeJobBoardServer;

  beforeEach(async () => {
    server = await new FakeJobBoardServer([
      { path: '/a', respond: { json: {}, delayMs: 150 } },
      { path: '/b', respond: { json: {}, delayMs: 150 } },
    ]).start();
  });
  afterEach(() => server.close());

  const get = (path: string): Promise<unknown> => fetch(`${server.url}${path}`).then((r) => r.json());

  it('counts requests answered at the same moment, per path and in all', async () => {
    await Promise.all([get('/a'), get('/a'), get('/b')]);
    expect(server.maxConcurrent('/a')).toBe(2);
    expect(server.maxConcurrent('/b')).toBe(1);
    expect(server.maxConcurrent()).toBe(3);
    expect(server.maxConcurrent((r) => r.path !== '/b')).toBe(2);
  });

  it('does not count requests made one after another', async () => {
    await get('/a?x=1');
    await get('/a?x=2');
    expect(server.maxConcurrent('/a')).toBe(1);
    expect(server.maxConcurrent('/missing')).toBe(0);
  });
});
