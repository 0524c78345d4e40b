import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configSections, renderConfigurationReference } from './config-reference';

describe('docs/configuration.md', () => {
  it('is what npm run docs:config writes from the schemas today', () => {
    const committed = readFileSync(join(__dirname, '..', '..', 'docs', 'configuration.md'), 'utf8');
    // When this fails, a schema changed: run `npm run docs:config` and commit the page.
    expect(committed).toBe(renderConfigurationReference());
  });

  it('names every variable once, under the file that declares it', () => {
    const names = configSections().flatMap((section) => Object.keys(section.schema));
    expect(names.length).toBe(new Set(names).size);
    expect(names).toEqual(expect.arrayContaining(['DATABASE_URL', 'SIGNATURES_REQUIRED', 'REVIEW_QUORUM', 'WEBHOOK_TIMEOUT_MS']));
    expect(configSections().map((section) => section.library)).toEqual(
      expect.arrayContaining(['platform', 'intake', 'review', 'registry', 'audit', 'catalogue']),
    );
  });
});
