import type { OrchestratorKind } from '@job-hunter/domain';

/** Which command asked for the hunt (for the resume hint), and the reference "now" (the demo's recording day). */
export interface HuntCall {
  command: 'run' | 'demo';
  now?: Date;
}

/**
 * The command that continues a run, as the person would type it: `run` needs its resume again;
 * a Temporal run is attached to with `--temporal` (and its workers, if they ran in this process).
 */
export function resumeCommand(
  command: HuntCall['command'],
  resume: string | undefined,
  runId: string,
  orchestrator: OrchestratorKind,
  withWorker: boolean,
): string {
  const words = ['job-hunter', command, ...(command === 'run' && resume ? [shellWord(resume)] : [])];
  words.push('--resume-from', runId);
  if (orchestrator === 'temporal') words.push('--temporal', ...(withWorker ? ['--with-worker'] : []));
  return words.join(' ');
}

/** A word the shell reads back unchanged: quoted only when it holds something special. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
