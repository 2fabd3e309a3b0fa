import type { ValueType } from './value-types';

/**
 * One environment variable, declared once: validation, the typed config, redaction, `.env.example` and the
 * README table are all derived from it. Where it lands in AppConfig is where it sits in the settings tree.
 */
export interface Setting<T = unknown> {
  /** Ours are JH_*; OTEL_* are OpenTelemetry's standard names, kept so a collector's usual setup works. */
  readonly name: `JH_${string}` | `OTEL_${string}`;
  readonly type: ValueType<T>;
  /** As written in the environment. Without one the setting is optional: undefined in AppConfig when unset. */
  readonly default?: string;
  /** 'value': never shown anywhere; 'url-password': a URL whose password is masked wherever it shows. */
  readonly secret?: 'value' | 'url-password';
  readonly description: string;
}

/** A section of AppConfig: settings and nested sections, keyed by their AppConfig field. */
export interface Section {
  readonly [field: string]: Setting | Section;
}

// A setting always has a name; a section never holds a string, so this tells them apart.
export const isSetting = (node: Setting | Section): node is Setting => typeof node['name'] === 'string';

type Simplify<T> = { [K in keyof T]: T[K] };
type ValueOf<N> = N extends Setting<infer T> ? T : ConfigOf<N>;
type OptionalField<S, K extends keyof S> = S[K] extends Setting
  ? S[K] extends { default: string }
    ? never
    : K
  : never;
type OptionalFields<S> = { [K in keyof S]: OptionalField<S, K> }[keyof S];

/** The typed config a settings tree reads into: a setting without a default is an optional field. */
export type ConfigOf<S> = Simplify<
  { [K in Exclude<keyof S, OptionalFields<S>>]: ValueOf<S[K]> } & { [K in OptionalFields<S>]?: ValueOf<S[K]> }
>;

/** The settings of a tree in declaration order, each with its value in a config built from that tree. */
export function settingValues(section: Section, config: object): Array<[Setting, unknown]> {
  return Object.entries(section).flatMap(([field, node]): Array<[Setting, unknown]> => {
    const value: unknown = (config as Record<string, unknown>)[field];
    if (isSetting(node)) return [[node, value]];
    return settingValues(node, typeof value === 'object' && value !== null ? value : {});
  });
}
