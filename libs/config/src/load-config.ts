import { maskUrlPasswords } from '@job-hunter/domain';
import type { AppConfig } from './app-config';
import { ConfigError } from './config-error';
import { ENV_VARIABLES, SET_TOGETHER, SETTINGS } from './env-variables';
import { isSetting, type Section, type Setting } from './setting';
import { urlPasswords } from './value-checks';

export type Environment = Record<string, string | undefined>;

export interface LoadConfigOptions {
  /** Base for relative paths (SQLite file, TLS files). Default: the working directory. */
  cwd?: string;
}

interface Problem {
  /** Variables the problem is about; the first decides where the line sorts. */
  names: string[];
  expected: string;
}

/** The settings this module knows, trimmed; empty and blank values count as unset. */
function givenValues(env: Environment): Environment {
  const given: Environment = {};
  for (const { name } of ENV_VARIABLES) {
    const value = env[name]?.trim();
    if (value) given[name] = value;
  }
  return given;
}

/** Validates every setting at once and builds the typed config; throws a ConfigError listing every problem. */
export function loadConfig(env: Environment, options: LoadConfigOptions = {}): AppConfig {
  const cwd = options.cwd ?? process.cwd();
  const given = givenValues(env);
  const problems: Problem[] = [];
  const read = (setting: Setting): unknown => {
    const raw = given[setting.name] ?? setting.default;
    if (raw === undefined) return undefined;
    const reading = setting.type.read(raw, cwd);
    if ('value' in reading) return reading.value;
    problems.push({ names: [setting.name], expected: reading.expected });
    return undefined;
  };
  // The walk mirrors ConfigOf, which types the same tree: the cast only restates what it built.
  const config = build(SETTINGS, read) as AppConfig;
  for (const { pair, why } of SET_TOGETHER) {
    const names = pair.map((s) => s.name);
    if (names.filter((n) => given[n] !== undefined).length === 1) {
      problems.push({ names, expected: `both or neither: ${why}` });
    }
  }
  if (problems.length > 0) throw new ConfigError(problemLines(problems, given));
  return config;
}

function build(section: Section, read: (setting: Setting) => unknown): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(section).map(([field, node]) => [field, isSetting(node) ? read(node) : build(node, read)]),
  );
}

function problemLines(problems: Problem[], given: Environment): string[] {
  const order = (p: Problem): number => ENV_VARIABLES.findIndex((v) => v.name === p.names[0]);
  const secrets = givenSecrets(given);
  return [...problems]
    .sort((a, b) => order(a) - order(b))
    .map((p) => `${p.names.map((n) => shownValue(n, given[n])).join(' and ')}: expected ${p.expected}`)
    .map((line) => secrets.reduce((text, secret) => text.split(secret).join('***'), line));
}

const secrecyOf = (name: string): Setting['secret'] => ENV_VARIABLES.find((v) => v.name === name)?.secret;

function shownValue(name: string, value: string | undefined): string {
  if (value === undefined) return `${name} (unset)`;
  const secret = secrecyOf(name);
  if (secret === 'value') return `${name}=<hidden>`;
  return `${name}=${JSON.stringify(secret === 'url-password' ? maskUrlPasswords(value) : value)}`;
}

/** Secret values in the raw environment, longest first so a secret containing another is masked whole. */
function givenSecrets(given: Environment): string[] {
  const values = ENV_VARIABLES.flatMap(({ name, secret }) => {
    const value = given[name];
    if (value === undefined || secret === undefined) return [];
    return secret === 'value' ? [value] : urlPasswords(value);
  });
  return values.sort((a, b) => b.length - a.length);
}
