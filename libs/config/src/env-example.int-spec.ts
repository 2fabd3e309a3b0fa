import * as fs from 'node:fs';
import * as path from 'node:path';
import { ENV_VARIABLES } from './env-variables';

describe('.env.example', () => {
  it('documents every setting the code validates, with its default', () => {
    const text = fs.readFileSync(path.resolve(__dirname, '../../../.env.example'), 'utf8');
    for (const v of ENV_VARIABLES) {
      expect(text).toContain(v.default === null ? `# ${v.name}=\n` : `# ${v.name}=${v.default}\n`);
    }
    const documented = [...text.matchAll(/^# (JH_[A-Z0-9_]+)=/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(ENV_VARIABLES.map((v) => v.name).sort());
  });
});
