// Three named test tiers, selected with `jest --selectProjects unit|int|e2e`.
const preset = require('./jest.preset.js');

const slow = '<rootDir>/tools/jest/slow-tier.js';
const roots = ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/tools'];

module.exports = {
  projects: [
    { ...preset, displayName: 'unit', roots, testMatch: ['**/*.spec.ts'] },
    { ...preset, displayName: 'int', roots, testMatch: ['**/*.int-spec.ts'], setupFilesAfterEnv: [slow] },
    { ...preset, displayName: 'e2e', roots, testMatch: ['**/*.e2e-spec.ts'], setupFilesAfterEnv: [slow] },
  ],
  // Only with --coverage: tools/scripts/test-all.sh runs the unit and int tiers with it, and
  // tools/scripts/coverage-check.mjs merges their coverage-final.json and applies the threshold.
  // Istanbul counters (jest instruments SWC's output with babel-plugin-istanbul, mapped back to
  // the .ts lines by the inline source maps). V8's precise coverage kept every suite's raw data
  // and converted it at the end: the unit tier took 630 s with it, 80 s with these counters.
  coverageProvider: 'babel',
  coverageDirectory: '<rootDir>/coverage',
  coverageReporters: ['json'],
  collectCoverageFrom: [
    'libs/*/src/**/*.ts',
    '!**/*.spec.ts',
    '!**/*.int-spec.ts',
    '!**/*.e2e-spec.ts',
    // Test helpers, measured through the tests that use them.
    '!libs/testing/**',
    '!**/test-support/**',
    '!**/*.fixtures.ts',
    // Declarations only, no runtime code.
    '!**/*.types.ts',
    '!libs/orchestration/src/temporal/activities/activity-contract.ts',
    // Workflow code runs only inside Temporal's sandbox, from a webpack bundle that in-process
    // coverage cannot map to these files; the workflow int tests (job-hunt.*.int-spec.ts) cover it.
    '!libs/orchestration/src/temporal/workflows/{index,job-hunt.workflow,run-state,scrape-pool,activity-options}.ts',
  ],
};
