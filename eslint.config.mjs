import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

export default [
  { ignores: ['**/dist', '**/node_modules', '**/.nx', '**/.tools', '**/output', '**/coverage', 'data/**', 'tmp/**'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read settings through AppConfig (libs/config) only.' },
      ],
    },
  },
  {
    // No import cycles (issue 11): a cycle hides an unclear owner and breaks module init order.
    // Type-only imports are erased by tsc, so they are not edges; `await import()` is.
    // The TypeScript resolver reads the @job-hunter/* paths; node_modules is not walked.
    // Tests are skipped: nothing imports a test, so none can be in a cycle (saves ~1/3 of the rule's time).
    files: ['libs/**/*.ts', 'apps/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // Imported .ts files are parsed (without type information) to follow their imports.
      'import-x/extensions': ['.ts'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: `${import.meta.dirname}/tsconfig.base.json` }),
      ],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:domain', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:config', onlyDependOnLibsWithTags: ['scope:domain'] },
            { sourceTag: 'scope:telemetry', onlyDependOnLibsWithTags: [] },
            {
              sourceTag: 'scope:adapter',
              onlyDependOnLibsWithTags: ['scope:domain', 'scope:config', 'scope:telemetry'],
            },
            {
              sourceTag: 'scope:agents',
              onlyDependOnLibsWithTags: ['scope:domain', 'scope:config', 'scope:telemetry', 'scope:adapter'],
            },
            {
              sourceTag: 'scope:orchestration',
              onlyDependOnLibsWithTags: [
                'scope:domain',
                'scope:config',
                'scope:telemetry',
                'scope:adapter',
                'scope:agents',
              ],
            },
            {
              sourceTag: 'scope:app',
              onlyDependOnLibsWithTags: [
                'scope:domain',
                'scope:config',
                'scope:telemetry',
                'scope:adapter',
                'scope:agents',
                'scope:orchestration',
              ],
            },
            {
              sourceTag: 'scope:testing',
              onlyDependOnLibsWithTags: ['scope:domain', 'scope:config', 'scope:telemetry', 'scope:adapter'],
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'libs/config/**/*.ts',
      '**/*.spec.ts',
      '**/*.int-spec.ts',
      '**/*.e2e-spec.ts',
      'libs/testing/**/*.ts',
      'apps/*/e2e/**/*.ts',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // Tests and their harnesses may use libs/testing.
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', 'apps/*/e2e/**/*.ts', '**/test-support/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off', 'no-restricted-properties': 'off' },
  },
  {
    // Agents never import each other: each is its own module; the orchestrator wires them.
    files: ['libs/agents/src/*/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '^(\\.\\./)+(resume-parser|prefs-parser|company-finder|jobs-scraper|job-processor|jobs-scorer|aggregator|notifier)(/|$)',
              message: 'Agents never import each other; move shared code to libs/domain or an adapter lib.',
            },
          ],
        },
      ],
    },
  },
  prettier,
];
