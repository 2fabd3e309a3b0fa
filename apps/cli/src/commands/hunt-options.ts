import type { RunOptions } from '@job-hunter/orchestration';

/** The options `run` and `demo` share (contract section 1), as commander hands them over. */
export interface HuntOptions extends RunOptions {
  /** Start the Temporal workers inside this process (single machine). */
  withWorker?: boolean;
  json?: boolean;
  verbose?: boolean;
}
