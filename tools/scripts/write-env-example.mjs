#!/usr/bin/env node
// Writes .env.example and the README's settings table from the one declaration of each setting
// (libs/config/src/env-variables.ts, rendered by env-docs.ts), so neither can drift from what the
// code validates; libs/config's env-docs.int-spec.ts fails when a checked-in copy is stale.
// Reads the TypeScript sources through tools/bench/register.cjs, so no build is needed first.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
require(join(root, 'tools/bench/register.cjs'));
const docs = require(join(root, 'libs/config/src/env-docs.ts'));

writeFileSync(join(root, '.env.example'), docs.envExample());

const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const start = readme.indexOf(docs.ENV_TABLE_START);
const end = readme.indexOf(docs.ENV_TABLE_END);
if (start < 0 || end < start)
  throw new Error(`README.md lacks the ${docs.ENV_TABLE_START} … ${docs.ENV_TABLE_END} block`);
const updated = readme.slice(0, start) + docs.envTable() + readme.slice(end + docs.ENV_TABLE_END.length);
const options = { ...JSON.parse(readFileSync(join(root, '.prettierrc'), 'utf8')), parser: 'markdown' };
writeFileSync(readmePath, await format(updated, options));
process.stderr.write(`.env.example and README.md: ${docs.envTableRows().length} variables\n`);
