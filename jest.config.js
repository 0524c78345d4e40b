// Jest runs TypeScript and the ES-module-only dependencies (NestJS 12, jose) through swc,
// because Jest's own module loader cannot require ES modules on Node 20.
const fs = require('node:fs');
const path = require('node:path');

const swcrc = JSON.parse(fs.readFileSync(path.join(__dirname, '.swcrc'), 'utf8'));
const swcOptions = { ...swcrc, jsc: { ...swcrc.jsc, baseUrl: __dirname }, swcrc: false };

/**
 * Packages published as ES modules only (NestJS 12, jose, some of their dependencies), with those
 * a package keeps in a node_modules of its own (openapi-typescript's parse-json).
 */
function esmPackages(root, nested = true) {
  const found = [];
  for (const entry of fs.readdirSync(root)) {
    const names = entry.startsWith('@') ? fs.readdirSync(path.join(root, entry)).map((name) => `${entry}/${name}`) : [entry];
    for (const name of names) {
      try {
        const manifest = JSON.parse(fs.readFileSync(path.join(root, name, 'package.json'), 'utf8'));
        if (manifest.type === 'module') found.push(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      } catch {
        // Not a package (a folder such as .bin).
      }
      const own = path.join(root, name, 'node_modules');
      if (nested && fs.existsSync(own)) found.push(...esmPackages(own, false));
    }
  }
  return [...new Set(found)];
}
const esmOnlyPackages = esmPackages(path.join(__dirname, 'node_modules'));

const shared = {
  transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest', swcOptions] },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnlyPackages.join('|')})/)`],
  moduleNameMapper: {
    '^@qaztech/(platform|contracts|intake|review|audit|registry|catalogue)$': '<rootDir>/libs/$1/src/index.ts',
  },
  testEnvironment: 'node',
};

module.exports = {
  // Real Postgres and Redis on a shared 2-core machine: a burst test must not fail for a slow
  // second. A global option: Jest does not read it per project.
  testTimeout: 30_000,
  // The suites run one at a time in one worker (npm test: --maxWorkers=1), which Jest replaces
  // once it holds more than this after a suite: each suite loads NestJS, TypeORM and the rest
  // afresh, and what they leave behind grew a single process (--runInBand) past Node's 4 GB heap
  // about 180 suites in. Global, like testTimeout.
  workerIdleMemoryLimit: '1536MB',
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/libs/**/*.spec.ts',
        '<rootDir>/apps/**/*.spec.ts',
        '<rootDir>/tests/**/*.spec.ts',
        '<rootDir>/tools/**/*.spec.ts',
      ],
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
    },
  ],
};
