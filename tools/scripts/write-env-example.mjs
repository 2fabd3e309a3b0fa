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

const lines = [
  '# Job Hunter settings. Copy to .env (read from the working directory) or set them in the environment.',
  '# Real environment variables win over .env. Every value is validated at start; a bad one exits 2.',
  '# Generated from libs/config/src/env-variables.ts by tools/scripts/write-env-example.mjs.',
  '',
];
for (const v of ENV_VARIABLES) {
  lines.push(`# ${v.description.replace(/`/g, '')}${v.secret ? ' (secret: never logged)' : ''}`);
  lines.push(v.default === null ? `# ${v.name}=` : `# ${v.name}=${v.default}`);
  lines.push('');
}
writeFileSync(join(root, '.env.example'), lines.join('\n'));
process.stderr.write(`.env.example: ${ENV_VARIABLES.length} variables\n`);
