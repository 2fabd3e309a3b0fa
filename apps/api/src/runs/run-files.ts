/** The files of a run folder the API serves, by name, with their content types (contract section 7). */
export const RUN_FILES: Readonly<Record<string, string>> = {
  'results.json': 'application/json; charset=utf-8',
  'results.csv': 'text/csv; charset=utf-8',
  'results.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'report.html': 'text/html; charset=utf-8',
  'decisions.csv': 'text/csv; charset=utf-8',
  'understanding.json': 'application/json; charset=utf-8',
  'digest.txt': 'text/plain; charset=utf-8',
  'digest.html': 'text/html; charset=utf-8',
};

/** The only file shown in the browser; the rest download. */
const INLINE = 'report.html';

/** What a report says of itself when its page carries no policy: nothing runs, nothing loads. */
const STRICT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const META_POLICY = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/i;

/** The headers a served run file goes with, or undefined when the name is not on the list. */
export function runFileHeaders(name: string, body: Buffer): Record<string, string> | undefined {
  if (!Object.hasOwn(RUN_FILES, name)) return undefined;
  const headers: Record<string, string> = {
    'Content-Type': RUN_FILES[name] as string,
    'X-Content-Type-Options': 'nosniff',
    'Content-Disposition': `${name === INLINE ? 'inline' : 'attachment'}; filename="${name}"`,
  };
  // The report's own policy (its one inline script allowed by hash) holds as a header too, where it
  // can also forbid framing (a <meta> policy cannot): no other site shows the report inside its page.
  if (name === INLINE) {
    const policy = META_POLICY.exec(body.toString('utf8'))?.[1] ?? STRICT_POLICY;
    headers['Content-Security-Policy'] = `${policy}; frame-ancestors 'none'`;
  }
  return headers;
}
