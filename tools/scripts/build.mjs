#!/usr/bin/env node
// Compiles apps and libs with tsc into dist/, then rewrites the @job-hunter/* path aliases
// into relative requires (tsc-alias) so the output runs on plain Node, then bundles the Temporal
// workflow code (dist/workflow-bundle.js + .json naming its sources' hashes, and its traced twin
// workflow-bundle.traced.js + .json), so workers load it instead of running webpack at every start.
import { execFileSync } from 'node:child_process';
import { cpSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

const started = Date.now();
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
run(bin('tsc-alias'), ['-p', 'tsconfig.build.json']);
// The web app the API serves: its browser ES modules (own tsconfig: DOM, no Node) and static files.
run(bin('tsc'), ['-p', 'apps/api/web/tsconfig.build.json']);
cpSync(join(root, 'apps/api/web/static'), join(root, 'dist/apps/api/web'), { recursive: true });
mkdirSync(join(root, 'dist'), { recursive: true });
// Plain browser scripts (no compile step) that compiled code reads beside itself: report.html inlines this one.
for (const file of ['libs/agents/src/aggregator/reports/shortlist-controls.browser.js'])
  cpSync(join(root, file), join(root, 'dist', file));
const require = createRequire(import.meta.url);
const { writeWorkflowBundle } = require(join(root, 'dist/libs/orchestration/src/temporal/worker/workflow-bundle.js'));
const { DefaultLogger } = require('@temporalio/worker');
await writeWorkflowBundle(join(root, 'dist'), new DefaultLogger('WARN'));
// And with Temporal's OpenTelemetry workflow interceptors, for workers started with tracing on.
await writeWorkflowBundle(join(root, 'dist'), new DefaultLogger('WARN'), 'traced');
// The occupations as JSON: the processor reads them in a millisecond instead of parsing the YAML.
require(join(root, 'dist/libs/agents/src/job-processor/occupation-catalog.loader.js')).writeCompiledOccupations(
  join(root, 'dist'),
);
writeFileSync(join(root, 'dist', '.build-stamp'), new Date().toISOString() + '\n');
process.stderr.write(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
