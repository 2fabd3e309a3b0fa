import * as fs from 'node:fs';
import * as path from 'node:path';
import { ENV_TABLE_END, ENV_TABLE_HEADER, ENV_TABLE_START, envExample, envTableRows } from './env-docs';
import { ENV_VARIABLES } from './env-variables';

// When one of these fails after a settings change, run `node tools/scripts/write-env-example.mjs`.
const read = (file: string): string => fs.readFileSync(path.resolve(__dirname, '../../..', file), 'utf8');

/** The cells of a markdown table row, trimmed, with escaped pipes restored. */
const cells = (line: string): string[] =>
  line
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'));

const tableRows = (text: string): string[][] =>
  text
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|[\s|:-]+\|$/.test(line))
    .map(cells);

describe('documents derived from the settings declarations', () => {
  it('.env.example is exactly what the declarations generate', () => {
    expect(read('.env.example')).toBe(envExample());
  });

  it("README's settings table has one row per declared variable, as declared", () => {
    const readme = read('README.md');
    const start = readme.indexOf(ENV_TABLE_START);
    const end = readme.indexOf(ENV_TABLE_END);
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    expect(tableRows(readme.slice(start, end))).toEqual([ENV_TABLE_HEADER, ...envTableRows()]);
  });

  it("the contract's environment table names declared variables with their declared defaults", () => {
    const contract = read('docs/contract.md');
    const section = contract.slice(contract.indexOf('## 2. Environment'), contract.indexOf('## 3.'));
    const rows = tableRows(section).filter(([names]) => names?.startsWith('`JH_'));
    expect(rows.length).toBeGreaterThan(10);
    for (const [names = '', given = ''] of rows) {
      for (const name of names.match(/JH_[A-Z0-9_]+/g) ?? []) {
        const declared = ENV_VARIABLES.find((v) => v.name === name);
        const shown = /^`.*`$/.test(given) ? given.slice(1, -1) : undefined;
        expect({ name, default: shown }).toEqual({ name, default: declared?.default });
        expect(declared).toBeDefined();
      }
    }
  });
});
