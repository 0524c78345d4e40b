// Jest runs TypeScript and the ES-module-only dependencies (NestJS 12, jose) through swc,
// because Jest's own module loader cannot require ES modules on Node 20.
const fs = require('node:fs');
const path = require('node:path');

const swcrc = JSON.parse(fs.readFileSync(path.join(__dirname, '.swcrc'), 'utf8'));
const swcOptions = { ...swcrc, jsc: { ...swcrc.jsc, baseUrl: __dirname }, swcrc: false };
const esmOnlyPackages = ['@nestjs', 'jose'];

const shared = {
  transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest', swcOptions] },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnlyPackages.join('|')})/)`],
  moduleNameMapper: {
    '^@qaztech/(platform|contracts|intake)$': '<rootDir>/libs/$1/src/index.ts',
    '^@qaztech/migrations$': '<rootDir>/migrations/index.ts',
  },
  testEnvironment: 'node',
};

module.exports = {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
    },
  ],
};
