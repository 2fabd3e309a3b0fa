import { ENV_VARIABLES } from './env-variables';
import type { Setting } from './setting';

// The two documents generated from the settings declarations: `.env.example` and the README's table.
// tools/scripts/write-env-example.mjs writes them; env-docs.int-spec.ts fails when a checked-in copy drifts.

/** `.env.example` headings, before the first variable of each group; a variable that is gone drops its heading. */
const HEADINGS: Readonly<Record<string, readonly string[]>> = {
  JH_ORCHESTRATOR: [
    'Orchestration: the checkpoint pipeline (default, one process) or Temporal.',
    'See the README section "Temporal" and docs/orchestration.md. Local dev server: make temporal-dev (localhost:7233).',
    'Temporal Cloud with mTLS: JH_TEMPORAL_ADDRESS=<ns>.<acct>.tmprl.cloud:7233, JH_TEMPORAL_NAMESPACE=<ns>.<acct>,',
    'JH_TEMPORAL_TLS_CERT_PATH and JH_TEMPORAL_TLS_KEY_PATH. With an API key instead: JH_TEMPORAL_API_KEY and the',
    "namespace's regional endpoint, e.g. JH_TEMPORAL_ADDRESS=us-east-1.aws.api.temporal.io:7233.",
  ],
  JH_ANTHROPIC_API_KEY: ['LLM (Claude) and the cost budget.'],
  JH_DATABASE_URL: ['Storage and job boards. Temporal workers on several machines need the same PostgreSQL URL.'],
  JH_OUTPUT_DIR: ['Output and logs.'],
  JH_SMTP_URL: ['Email digest.'],
  JH_API_PORT: ['HTTP API.'],
  OTEL_EXPORTER_OTLP_ENDPOINT: ['Traces (see the README section "Traces and metrics").'],
};

const SECRET_NOTE = ' (secret: never logged)';
const secretNote = (v: Setting): string => (v.secret === 'value' ? SECRET_NOTE : '');

/** The whole `.env.example`: every variable commented out at its default, under its group's heading. */
export function envExample(): string {
  const rule = '# ' + '-'.repeat(98);
  const lines = [
    '# Job Hunter settings. Copy to .env (read from the working directory) or set them in the environment.',
    '# Real environment variables win over .env. Every value is validated at start; a bad one exits 2.',
    '# Generated from libs/config/src/env-variables.ts by tools/scripts/write-env-example.mjs.',
    '',
  ];
  for (const v of ENV_VARIABLES) {
    const heading = HEADINGS[v.name];
    if (heading) lines.push(rule, ...heading.map((h) => `# ${h}`), rule, '');
    lines.push(...commentLines(v.description.replace(/`/g, '') + secretNote(v)), `# ${v.name}=${v.default ?? ''}`, '');
  }
  return lines.join('\n');
}

/** A text as `# ` comment lines of at most 120 columns (the repository's print width), broken between words. */
function commentLines(text: string): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && `${lines[last]} ${word}`.length <= 120) lines[last] += ` ${word}`;
    else lines.push(`# ${word}`);
  }
  return lines;
}

export const ENV_TABLE_START = '<!-- env-table start -->';
export const ENV_TABLE_END = '<!-- env-table end -->';
export const ENV_TABLE_HEADER = ['variable', 'default', 'accepted values', 'meaning'];

/** The README table's body rows, one per variable: name, default, what a valid value is, meaning. */
export function envTableRows(): string[][] {
  return ENV_VARIABLES.map((v) => [
    `\`${v.name}\``,
    v.default === undefined ? 'unset' : `\`${v.default}\``,
    v.type.expected.replace(/</g, '\\<'),
    v.description + secretNote(v),
  ]);
}

/** The README table as markdown, between its markers (prettier aligns the columns afterwards). */
export function envTable(): string {
  const row = (cells: readonly string[]): string => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [
    ENV_TABLE_START,
    '',
    row(ENV_TABLE_HEADER),
    row(ENV_TABLE_HEADER.map(() => '---')),
    ...envTableRows().map(row),
    '',
    ENV_TABLE_END,
  ].join('\n');
}
