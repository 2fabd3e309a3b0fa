#!/usr/bin/env node
// Writes .env.example from the one table of settings (libs/config ENV_VARIABLES), so the
// example can never drift from what the code validates. Run after `npm run build`.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const { ENV_VARIABLES } = require(join(root, 'dist/libs/config/src/env-variables.js'));

// Headings before the first variable of each group; a variable that is gone just drops its heading.
const HEADINGS = {
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
};

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
  lines.push(`# ${v.description.replace(/`/g, '')}${v.secret ? ' (secret: never logged)' : ''}`);
  lines.push(v.default === null ? `# ${v.name}=` : `# ${v.name}=${v.default}`);
  lines.push('');
}
writeFileSync(join(root, '.env.example'), lines.join('\n'));
process.stderr.write(`.env.example: ${ENV_VARIABLES.length} variables\n`);
