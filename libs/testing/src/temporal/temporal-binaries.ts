import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import * as path from 'node:path';
import { REPO_ROOT } from '../demo/demo-inputs';

// Test support only: the Temporal CLI (dev server) and the time-skipping test server that
// tools/scripts/install-temporal.sh puts into .tools/bin (never a download from the tests).

export interface TemporalBinaries {
  /** The Temporal CLI: `temporal server start-dev`. */
  cli: string;
  /** The time-skipping test server. */
  testServer: string;
}

export function temporalBinaries(): TemporalBinaries {
  const bin = path.join(REPO_ROOT, '.tools', 'bin');
  const found = { cli: path.join(bin, 'temporal'), testServer: path.join(bin, 'temporal-test-server') };
  if (!existsSync(found.cli) || !existsSync(found.testServer)) {
    execFileSync('bash', [path.join(REPO_ROOT, 'tools/scripts/install-temporal.sh')], { stdio: 'inherit' });
  }
  return found;
}

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
