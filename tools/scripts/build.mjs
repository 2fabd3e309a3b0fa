#!/usr/bin/env node
// Compiles apps and libs with tsc into dist/, then rewrites the @job-hunter/* path aliases
// into relative requires (tsc-alias) so the output runs on plain Node.
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

const started = Date.now();
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
run(bin('tsc-alias'), ['-p', 'tsconfig.build.json']);
mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'dist', '.build-stamp'), new Date().toISOString() + '\n');
process.stderr.write(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
