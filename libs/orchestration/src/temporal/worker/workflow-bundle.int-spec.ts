import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DefaultLogger, Worker } from '@temporalio/worker';
import { historyFromJson, quietTemporalLogs } from '@job-hunter/testing';
import {
  BUNDLE_FILE,
  MANIFEST_FILE,
  loadWorkflowBundle,
  writeWorkflowBundle,
  type BundleManifest,
} from './workflow-bundle';

quietTemporalLogs();

const history = historyFromJson(
  JSON.parse(fs.readFileSync(path.join(__dirname, '../workflows/histories/job-hunt-success.json'), 'utf8')),
);

describe('prebuilt workflow bundle', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-bundle-'));
  let manifest: BundleManifest;

  beforeAll(async () => {
    manifest = await writeWorkflowBundle(dir, new DefaultLogger('WARN'));
  }, 60_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** A copy of the bundle whose manifest was changed by `edit`, as if its sources had moved on. */
  function staleCopy(edit: (files: BundleManifest['files']) => void): string {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-bundle-stale-'));
    fs.copyFileSync(path.join(dir, BUNDLE_FILE), path.join(copy, BUNDLE_FILE));
    const files = Object.fromEntries(
      Object.entries(manifest.files).map(([file, hash]) => [path.relative(copy, path.resolve(dir, file)), hash]),
    );
    edit(files);
    fs.writeFileSync(path.join(copy, MANIFEST_FILE), JSON.stringify({ files }));
    return copy;
  }

  it('records every workflow source webpack read, and nothing from node_modules', () => {
    const names = Object.keys(manifest.files).map((f) => path.basename(f));
    expect(names).toEqual(expect.arrayContaining(['index.ts', 'job-hunt.workflow.ts', 'activity-options.ts']));
    expect(names).not.toContain('package.json');
    expect(Object.keys(manifest.files).some((f) => f.includes('node_modules'))).toBe(false);
  });

  it('loads a fresh bundle, which replays a recorded run', async () => {
    const bundle = loadWorkflowBundle(dir);
    expect(bundle).toEqual({ codePath: path.join(dir, BUNDLE_FILE) });
    await expect(Worker.runReplayHistory({ workflowBundle: bundle }, history)).resolves.toBeUndefined();
  }, 30_000);

  it('refuses a bundle whose sources changed since it was built, naming the file', () => {
    const copy = staleCopy((files) => {
      const workflow = Object.keys(files).find((f) => f.endsWith('job-hunt.workflow.ts')) as string;
      files[workflow] = '0'.repeat(64);
    });
    try {
      expect(() => loadWorkflowBundle(copy)).toThrow(
        expect.objectContaining({
          code: 'CONFIG_INVALID',
          message: expect.stringMatching(/stale: .*job-hunt\.workflow\.ts changed since it was built; rebuild/),
        }),
      );
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  it('refuses a bundle made from a file that is gone, and a missing bundle', () => {
    const copy = staleCopy((files) => void (files['gone/old-step.ts'] = '0'.repeat(64)));
    try {
      expect(() => loadWorkflowBundle(copy)).toThrow(/old-step\.ts changed since it was built/);
      fs.rmSync(path.join(copy, BUNDLE_FILE));
      expect(() => loadWorkflowBundle(copy)).toThrow(/workflow-bundle\.js is missing; build it with `npm run build`/);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
