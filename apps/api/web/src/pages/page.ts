/** A page of the app: fills `view`; `signal` aborts when the person leaves it (streams, timers). */
export type Page = (view: HTMLElement, params: string[], signal: AbortSignal) => Promise<void> | void;

/** Shown on the next sign-in page, e.g. why the person was sent there. */
export const signInNotice = { text: '' };
