import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The day a recorded job market was recorded: `recordedAt` of the `market.json` in the snapshot
 * folder or beside it (the demo's layout: data/demo/market.json, data/demo/snapshot/). A run that
 * replays the snapshot judges recency against that day, so "posted 5 days ago" means the same
 * whatever day it runs; undefined for a snapshot without one (recency is judged against today).
 */
export function snapshotRecordedAt(snapshotDir: string): Date | undefined {
  for (const file of [path.join(snapshotDir, 'market.json'), path.join(path.dirname(snapshotDir), 'market.json')]) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const recordedAt = (JSON.parse(text) as { recordedAt?: unknown }).recordedAt;
    const date = typeof recordedAt === 'string' ? new Date(recordedAt) : undefined;
    if (date && !Number.isNaN(date.getTime())) return date;
  }
  return undefined;
}
