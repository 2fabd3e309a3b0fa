import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Logger } from '@temporalio/common';
import type { WorkflowBundleOption } from '@temporalio/worker';
import { JobHunterError } from '@job-hunter/domain';
import { isTracing, otelWorkflowInterceptorModules } from '@job-hunter/telemetry';

/** What `npm run build` writes next to the compiled code (dist/): the bundle and what it was made from. */
export const BUNDLE_FILE = 'workflow-bundle.js';
export const MANIFEST_FILE = 'workflow-bundle.json';

/**
 * 'traced' adds Temporal's OpenTelemetry workflow interceptors, for workers with tracing on; the
 * plain bundle has none, so tracing off costs the workflow nothing.
 */
export type BundleVariant = 'plain' | 'traced';

const VARIANTS: Record<BundleVariant, { code: string; manifest: string; interceptors: () => string[] }> = {
  plain: { code: BUNDLE_FILE, manifest: MANIFEST_FILE, interceptors: () => [] },
  traced: {
    code: 'workflow-bundle.traced.js',
    manifest: 'workflow-bundle.traced.json',
    interceptors: otelWorkflowInterceptorModules,
  },
};

/** Every file webpack read for the bundle (outside node_modules), by path relative to the bundle, with its SHA-256. */
export interface BundleManifest {
  files: Record<string, string>;
}

/**
 * The workflows module, resolved next to this file: `workflows/index.ts` under Jest (the
 * bundler compiles TypeScript itself) and `workflows/index.js` in the dist/ build.
 */
export function workflowsPath(): string {
  return require.resolve('../workflows');
}

/** This file compiled into dist/libs/orchestration/src/temporal/worker/: dist/ is five levels up. */
const DIST_ROOT = path.resolve(__dirname, '../../../../..');

/** Running the compiled build (dist/), not the TypeScript sources (Jest, the bench loader). */
const compiled = __filename.endsWith('.js');

/**
 * Bundles the workflow code with webpack into `outDir` (BUNDLE_FILE and MANIFEST_FILE). The
 * build calls it once (tools/scripts/build.mjs), so workers start without webpack's seconds.
 */
export async function writeWorkflowBundle(
  outDir: string,
  logger?: Logger,
  variant: BundleVariant = 'plain',
): Promise<BundleManifest> {
  const { code, read } = await bundle(logger, VARIANTS[variant].interceptors());
  const files: BundleManifest['files'] = {};
  for (const file of [...read].sort()) files[path.relative(outDir, file)] = sha256(fs.readFileSync(file));
  const manifest: BundleManifest = { files };
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, VARIANTS[variant].code), code);
  fs.writeFileSync(path.join(outDir, VARIANTS[variant].manifest), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/**
 * The bundle of `dir`, checked against the files it was made from: a missing bundle, or one whose
 * sources changed since (a `tsc` without the bundling step, a hand-edited file), is refused with
 * the file that differs, since a worker running stale workflow code would break running histories.
 */
export function loadWorkflowBundle(dir: string, variant: BundleVariant = 'plain'): WorkflowBundleOption {
  const codePath = path.join(dir, VARIANTS[variant].code);
  const manifestPath = path.join(dir, VARIANTS[variant].manifest);
  if (!fs.existsSync(codePath) || !fs.existsSync(manifestPath)) {
    throw new JobHunterError(
      'CONFIG_INVALID',
      `The prebuilt workflow bundle ${codePath} is missing; build it with \`npm run build\`.`,
    );
  }
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as BundleManifest;
  for (const [file, hash] of Object.entries(manifest.files)) {
    const absolute = path.resolve(dir, file);
    if (!fs.existsSync(absolute) || sha256(fs.readFileSync(absolute)) !== hash) {
      throw new JobHunterError(
        'CONFIG_INVALID',
        `The prebuilt workflow bundle ${codePath} is stale: ${absolute} changed since it was built; ` +
          'rebuild with `npm run build`.',
      );
    }
  }
  return { codePath };
}

const inMemory = new Map<BundleVariant, Promise<WorkflowBundleOption>>();

/**
 * The workflow code for a worker: the build's prebuilt bundle when running compiled; from the
 * TypeScript sources (Jest, benchmarks) there is no build to trust, so it is bundled once per
 * process, however many worker hosts the process starts and stops. Traced or plain as the
 * process is (the interceptors must be inside the bundle).
 */
export function workflowBundle(logger: Logger): Promise<WorkflowBundleOption> {
  const variant: BundleVariant = isTracing() ? 'traced' : 'plain';
  if (compiled) return Promise.resolve(loadWorkflowBundle(DIST_ROOT, variant));
  let made = inMemory.get(variant);
  if (!made) {
    made = bundle(logger, VARIANTS[variant].interceptors()).then(({ code }) => ({ code }));
    inMemory.set(variant, made);
    // A failed bundle is not cached: the next host tries again.
    made.catch(() => inMemory.delete(variant));
  }
  return made;
}

/**
 * Runs webpack over the workflows, noting every code file it read: not node_modules (their
 * versions are the lock file's business) nor package.json files, so an added script or
 * dependency does not make the bundle stale.
 */
async function bundle(logger?: Logger, interceptors: string[] = []): Promise<{ code: string; read: Set<string> }> {
  const { bundleWorkflowCode } = await import('@temporalio/worker');
  const read = new Set<string>();
  const { code } = await bundleWorkflowCode({
    workflowsPath: workflowsPath(),
    workflowInterceptorModules: interceptors,
    ...(logger ? { logger } : {}),
    webpackConfigHook: (config) => ({
      ...config,
      plugins: [
        ...(config.plugins ?? []),
        {
          apply: (compiler) =>
            compiler.hooks.afterCompile.tap('job-hunter-bundle-inputs', (compilation) => {
              for (const file of compilation.fileDependencies) {
                if (isSourceFile(file)) read.add(file);
              }
            }),
        },
      ],
    }),
  });
  return { code, read };
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

const CODE = new Set(['.ts', '.js', '.cjs', '.mjs']);

function isSourceFile(file: string): boolean {
  return CODE.has(path.extname(file)) && !file.split(path.sep).includes('node_modules') && fs.existsSync(file);
}
