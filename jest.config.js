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
};
