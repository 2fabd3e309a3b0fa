import type { Logger } from '@temporalio/common';
import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';

/**
 * The workflows module, resolved next to this file: `workflows/index.ts` under Jest (the
 * bundler compiles TypeScript itself) and `workflows/index.js` in the dist/ build.
 */
export function workflowsPath(): string {
  return require.resolve('../workflows');
}

let bundle: Promise<WorkflowBundleWithSourceMap> | undefined;

/**
 * Bundles the workflow code once per process (webpack takes seconds), however many worker
 * hosts the process starts and stops.
 */
export function workflowBundle(logger: Logger): Promise<WorkflowBundleWithSourceMap> {
  bundle ??= import('@temporalio/worker').then(({ bundleWorkflowCode }) =>
    bundleWorkflowCode({ workflowsPath: workflowsPath(), logger }),
  );
  // A failed bundle is not cached: the next host tries again.
  bundle.catch(() => (bundle = undefined));
  return bundle;
}
