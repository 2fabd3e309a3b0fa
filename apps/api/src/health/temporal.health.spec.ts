import { HealthIndicatorService } from '@nestjs/terminus';
import type { AppConfig, TemporalConfig } from '@job-hunter/config';
import { TEMPORAL_HEALTH_DEADLINE_MS, TemporalHealthIndicator, type TemporalProbe } from './temporal.health';

const API_KEY = 'tcld-very-secret';

function config(temporal: Partial<TemporalConfig>): AppConfig {
  return {
    orchestrator: 'temporal',
    temporal: {
      address: 'ns.acct.tmprl.cloud:7233',
      namespace: 'ns.acct',
      apiKey: API_KEY,
      fallback: false,
      ...temporal,
    },
  } as AppConfig;
}

function indicator(temporal: Partial<TemporalConfig>, probe: TemporalProbe): TemporalHealthIndicator {
  return new TemporalHealthIndicator(config(temporal), new HealthIndicatorService(), probe);
}

describe('TemporalHealthIndicator', () => {
  it('is up when Temporal answers, probing with a short deadline', async () => {
    const deadlines: number[] = [];
    const result = await indicator({}, async (_cfg, ms) => {
      deadlines.push(ms);
      return true;
    }).check();
    expect(result).toEqual({
      temporal: { status: 'up', address: 'ns.acct.tmprl.cloud:7233', namespace: 'ns.acct', reachable: true },
    });
    expect(deadlines).toEqual([TEMPORAL_HEALTH_DEADLINE_MS]);
    expect(TEMPORAL_HEALTH_DEADLINE_MS).toBeLessThanOrEqual(3000);
  });

  it('is down when Temporal does not answer and runs cannot fall back', async () => {
    const result = await indicator({ fallback: false }, async () => false).check();
    expect(result.temporal).toMatchObject({ status: 'down', reachable: false });
    expect(JSON.stringify(result)).toContain('ns.acct.tmprl.cloud:7233');
    expect(JSON.stringify(result)).not.toContain(API_KEY);
  });

  it('stays up, saying so, when runs fall back to the checkpoint pipeline', async () => {
    const result = await indicator({ fallback: true }, async () => false).check();
    expect(result.temporal).toMatchObject({ status: 'up', reachable: false, fallback: 'checkpoint' });
  });

  it('is down on unusable TLS settings, without echoing the error', async () => {
    const result = await indicator({}, () => Promise.reject(new Error(`cannot read ${API_KEY}`))).check();
    expect(result.temporal).toMatchObject({ status: 'down' });
    expect(JSON.stringify(result)).not.toContain(API_KEY);
  });
});
