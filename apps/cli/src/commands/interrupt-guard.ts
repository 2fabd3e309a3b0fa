/** 128 + the signal's number, as shells report a process stopped by it. */
const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

type GuardedSignal = keyof typeof SIGNAL_EXIT_CODES;
const SIGNALS = Object.keys(SIGNAL_EXIT_CODES) as GuardedSignal[];

/** Recording the stop must not hold the exit up for long (a locked SQLite file waits 15 s). */
const RECORD_DEADLINE_MS = 5000;

/**
 * While a hunt runs, SIGINT (Ctrl-C) and SIGTERM stop it honestly: `record` notes the stop (the run
 * becomes `interrupted`) and returns the line to print, then the process exits 130 or 143. A second
 * signal while that is under way exits at once. Returns a function that removes the handlers.
 */
export function guardInterrupts(record: () => Promise<string>, write: (line: string) => void): () => void {
  const release = (): void => SIGNALS.forEach((s) => process.off(s, onSignal));
  function onSignal(signal: NodeJS.Signals): void {
    release();
    const code = SIGNAL_EXIT_CODES[signal as GuardedSignal];
    SIGNALS.forEach((s) => process.once(s, () => process.exit(code)));
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<string>((resolve) => {
      timer = setTimeout(() => resolve('Interrupted.'), RECORD_DEADLINE_MS);
    });
    void Promise.race([record().catch(() => 'Interrupted.'), late]).then((line) => {
      clearTimeout(timer);
      write(`${line}\n`);
      process.exit(code);
    });
  }
  SIGNALS.forEach((s) => process.on(s, onSignal));
  return release;
}
