import type { HealthCheckService, HealthIndicatorFunction } from '@nestjs/terminus';
import type { AppConfig } from '@job-hunter/config';
import { HealthController } from './health.controller';
import type { DatabaseHealthIndicator } from './database.health';
import type { TemporalHealthIndicator } from './temporal.health';

function controller(orchestrator: AppConfig['orchestrator']) {
  const calls: string[] = [];
  const health = {
    check: async (checks: HealthIndicatorFunction[]) => {
      const results = await Promise.all(checks.map((c) => c()));
      return { status: 'ok', details: Object.assign({}, ...results) };
    },
  } as unknown as HealthCheckService;
  const db = {
    check: async (key: string) => (calls.push(key), { [key]: { status: 'up' } }),
  } as unknown as DatabaseHealthIndicator;
  const temporal = {
    check: async (key: string) => (calls.push(key), { [key]: { status: 'up' } }),
  } as unknown as TemporalHealthIndicator;
  return { calls, controller: new HealthController({ orchestrator } as AppConfig, health, db, temporal) };
}

describe('HealthController', () => {
  it('never checks Temporal (or anything) for liveness', async () => {
    const { calls, controller: c } = controller('temporal');
    await c.live();
    expect(calls).toEqual([]);
  });

  it('checks Temporal for readiness when runs go to Temporal', async () => {
    const { calls, controller: c } = controller('temporal');
    await c.ready();
    expect(calls).toEqual(['database', 'temporal']);
  });

  it('leaves Temporal out of readiness for the checkpoint pipeline', async () => {
    const { calls, controller: c } = controller('checkpoint');
    await c.ready();
    expect(calls).toEqual(['database']);
  });
});
