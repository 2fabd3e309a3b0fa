/**
 * The environment for a CLI, API or worker started by a test: only what a process needs to
 * run (PATH, HOME) plus the given settings, so no JH_* variable leaks in from the shell.
 */
export function childEnv(settings: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { PATH, HOME } = process.env;
  return { PATH, HOME, ...settings };
}
