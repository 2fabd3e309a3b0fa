/**
 * Which command lines start a hunt, read before commander runs: only they check the database up
 * front (a worker waits for it). The checks a hunt makes are the launch lib's (preflightRun).
 */
const HUNT_COMMANDS: readonly string[] = ['run', 'demo'];

/** The command a command line names: its first word that is not an option (read before commander runs). */
export function commandOf(args: readonly string[]): string | undefined {
  return args.find((a) => !a.startsWith('-'));
}

/** Whether the command line starts a hunt. */
export function startsHunt(args: readonly string[]): boolean {
  const command = commandOf(args);
  return command !== undefined && HUNT_COMMANDS.includes(command);
}
