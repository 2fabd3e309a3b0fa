/**
 * Text that is about to be stored, printed or logged, made safe and plain: URL passwords masked,
 * terminal colour codes and tool call logs removed. Every place that records an error or a URL
 * goes through here, so there is one rule for what "safe" means.
 */

const MASK = '***';

/**
 * `scheme://user:password@host` → `scheme://user:***@host`, for every URL in a text. Greedy up to
 * the last `@` before the host, so an unencoded `@` inside the password is masked too. Quotes,
 * brackets and backslashes cannot be in a URL's user info, so a match never spans two JSON strings
 * or HTML attributes: masking a whole JSON document or page keeps it valid.
 */
export function maskUrlPasswords(text: string): string {
  return text.replace(/(\/\/[^\s:/?#@"'<>\\]*):[^\s/?#"<>\\]*@/g, `$1:${MASK}@`);
}

// ESC/CSI sequences (colours, cursor moves) and OSC sequences (hyperlinks, titles): control characters on purpose.
const ANSI =
  // eslint-disable-next-line no-control-regex
  /[\u001b\u009b](?:\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[[()#;?]*(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~])/g;
// Where a tool's diagnostics start: Playwright's "Call log:" and its "==== logs ====" banners.
const DIAGNOSTICS = /\n\s*(?:Call log:|=+ logs =+)[\s\S]*$/;
const MAX_MESSAGE_CHARS = 500;

/** Removes terminal colour and cursor codes. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/**
 * An error message fit for results.json, a checkpoint or a log line: one line, no colour codes,
 * no appended call log, no URL password, and not longer than a person will read.
 */
export function plainErrorMessage(text: string): string {
  // Masked before it is shortened, so a cut cannot leave half a password unmasked.
  const line = maskUrlPasswords(stripAnsi(text).replace(DIAGNOSTICS, '').replace(/\s+/g, ' ').trim());
  return line.length > MAX_MESSAGE_CHARS ? `${line.slice(0, MAX_MESSAGE_CHARS - 1)}…` : line;
}
