import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';

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
