#!/usr/bin/env node
// Compiles apps and libs with tsc into dist/, then rewrites the @job-hunter/* path aliases
// into relative requires (tsc-alias) so the output runs on plain Node, then bundles the Temporal
// workflow code (dist/workflow-bundle.js + .json naming its sources' hashes, and its traced twin
// workflow-bundle.traced.js + .json), so workers load it instead of running webpack at every start.
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

const started = Date.now();
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
run(bin('tsc-alias'), ['-p', 'tsconfig.build.json']);
mkdirSync(join(root, 'dist'), { recursive: true });
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
