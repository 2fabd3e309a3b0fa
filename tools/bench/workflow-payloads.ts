import { Client, Connection } from '@temporalio/client';

interface Payload {
  metadata?: Record<string, Uint8Array | null> | null;
  data?: Uint8Array | null;
}

/** Every payload in a workflow's history (inputs, results, heartbeats, query-free events), by walking the events. */
function payloadsIn(value: unknown, found: Payload[] = []): Payload[] {
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return found;
  if (Array.isArray(value)) {
    for (const item of value) payloadsIn(item, found);
    return found;
  }
  const record = value as Record<string, unknown>;
  if (Array.isArray(record['payloads'])) found.push(...(record['payloads'] as Payload[]));
  for (const [key, child] of Object.entries(record)) if (key !== 'payloads') payloadsIn(child, found);
  return found;
}

const sizeOf = (p: Payload): number =>
  (p.data?.byteLength ?? 0) + Object.values(p.metadata ?? {}).reduce((n, v) => n + (v?.byteLength ?? 0), 0);

/** The largest single payload in the workflow's history and the history's total payload bytes. */
export async function workflowPayloadSizes(
  address: string,
  workflowId: string,
): Promise<{ largest: number; total: number; events: number }> {
  const connection = await Connection.connect({ address });
  try {
    const history = await new Client({ connection }).workflow.getHandle(workflowId).fetchHistory();
    const sizes = payloadsIn(history.events).map(sizeOf);
    return {
      largest: Math.max(0, ...sizes),
      total: sizes.reduce((a, b) => a + b, 0),
      events: history.events?.length ?? 0,
    };
  } finally {
    await connection.close();
  }
}
