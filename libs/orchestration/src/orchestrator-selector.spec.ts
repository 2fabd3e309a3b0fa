import { Logger } from '@nestjs/common';
import type { CheckpointOrchestrator } from './checkpoint/checkpoint.orchestrator';
import { OrchestratorSelector, type ProbedOrchestrator } from './orchestrator-selector';
import { appConfig } from './temporal/client/temporal-client.fixtures';
import { TemporalConnectionError } from './temporal/client/temporal-connection.error';

const checkpoint = { kind: 'checkpoint' } as unknown as CheckpointOrchestrator;

function temporal(reachable: boolean): ProbedOrchestrator & { probes: number[] } {
  const probes: number[] = [];
  return {
    kind: 'temporal',
    probes,
    isAvailable: async (deadlineMs?: number) => {
      probes.push(deadlineMs ?? -1);
      return reachable;
    },
    start: () => Promise.reject(new Error('unused')),
    launch: () => Promise.reject(new Error('unused')),
    resume: () => Promise.reject(new Error('unused')),
    status: () => Promise.reject(new Error('unused')),
    cancel: () => Promise.reject(new Error('unused')),
  };
}

describe('OrchestratorSelector', () => {
  let warn: jest.SpyInstance;
  beforeEach(() => (warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined)));
  afterEach(() => warn.mockRestore());

  const address = 'temporal.example.internal:7233';

  it('never probes Temporal for the checkpoint pipeline', async () => {
    const t = temporal(true);
    await expect(new OrchestratorSelector(appConfig(), checkpoint, t).select('checkpoint')).resolves.toBe(checkpoint);
    expect(t.probes).toEqual([]);
  });

  it('chooses Temporal when it answers within a short deadline', async () => {
    const t = temporal(true);
    await expect(new OrchestratorSelector(appConfig(), checkpoint, t).select()).resolves.toBe(t);
    expect(t.probes).toHaveLength(1);
    expect(t.probes[0]).toBeLessThanOrEqual(5000);
  });

  it('falls back to the checkpoint pipeline with a warning naming the address', async () => {
    const selector = new OrchestratorSelector(appConfig({ fallback: true }), checkpoint, temporal(false));
    await expect(selector.select('temporal')).resolves.toBe(checkpoint);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain(address);
    expect(String(warn.mock.calls[0]?.[0])).toContain('JH_TEMPORAL_FALLBACK');
  });

  it('refuses with TEMPORAL_UNAVAILABLE (a failure, not bad input) when fallback is off', async () => {
    const selector = new OrchestratorSelector(appConfig({ fallback: false }), checkpoint, temporal(false));
    const error = await selector.select('temporal').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemporalConnectionError);
    expect(error).toMatchObject({ code: 'TEMPORAL_UNAVAILABLE', isUserError: false, address });
    expect((error as Error).message).toContain(address);
    expect(warn).not.toHaveBeenCalled();
  });

  it('treats a build without the Temporal orchestrator like an unreachable server', async () => {
    await expect(new OrchestratorSelector(appConfig({ fallback: true }), checkpoint).select('temporal')).resolves.toBe(
      checkpoint,
    );
    await expect(
      new OrchestratorSelector(appConfig({ fallback: false }), checkpoint).select('temporal'),
    ).rejects.toMatchObject({
      code: 'TEMPORAL_UNAVAILABLE',
    });
  });

  it('gives an existing run to the orchestrator that owns it, without probing', () => {
    const t = temporal(false);
    const selector = new OrchestratorSelector(appConfig({ fallback: false }), checkpoint, t);
    expect(selector.owner('temporal')).toBe(t);
    expect(selector.owner('checkpoint')).toBe(checkpoint);
    expect(t.probes).toEqual([]);
  });
});
