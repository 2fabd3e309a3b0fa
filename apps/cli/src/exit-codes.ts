import { isJobHunterError } from '@job-hunter/domain';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_BAD_INPUT = 2;

/** Bad input or configuration exits 2; everything else that stops a run exits 1. */
export function exitCodeFor(error: unknown): number {
  return isJobHunterError(error) && error.isUserError ? EXIT_BAD_INPUT : EXIT_FAILED;
}
