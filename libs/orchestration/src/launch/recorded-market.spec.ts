import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { snapshotRecordedAt } from './recorded-market';

describe('snapshotRecordedAt', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-market-'));
  const snapshot = path.join(dir, 'snapshot');
  fs.mkdirSync(snapshot);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads the date beside the snapshot (the demo layout), the one inside first', () => {
    expect(snapshotRecordedAt(snapshot)).toBeUndefined();
    fs.writeFileSync(path.join(dir, 'market.json'), JSON.stringify({ recordedAt: '2026-11-20T00:00:00.000Z' }));
    expect(snapshotRecordedAt(snapshot)?.toISOString()).toBe('2026-11-20T00:00:00.000Z');
    fs.writeFileSync(path.join(snapshot, 'market.json'), JSON.stringify({ recordedAt: '2026-10-01T00:00:00.000Z' }));
    expect(snapshotRecordedAt(snapshot)?.toISOString()).toBe('2026-10-01T00:00:00.000Z');
  });

  it('ignores a market.json without a valid date', () => {
    fs.writeFileSync(path.join(snapshot, 'market.json'), JSON.stringify({ recordedAt: 'soon' }));
    fs.writeFileSync(path.join(dir, 'market.json'), JSON.stringify({ companies: 3 }));
    expect(snapshotRecordedAt(snapshot)).toBeUndefined();
  });

  it('finds the demo market recorded on 2026-11-20', () => {
    const demo = path.resolve(__dirname, '../../../../data/demo/snapshot');
    expect(snapshotRecordedAt(demo)?.toISOString()).toBe('2026-11-20T00:00:00.000Z');
  });
});
