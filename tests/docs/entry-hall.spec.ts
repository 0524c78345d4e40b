import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_CONTENT_SECURITY_POLICY } from '@qaztech/platform';
import { fencedBlocks, repositoryRoot } from '../support/doc-blocks';

const read = (file: string) => readFileSync(join(repositoryRoot, file), 'utf8');

describe('the README, as a newcomer reads it', () => {
  it('fits on a few screens', () => {
    expect(read('README.md').split('\n').length).toBeLessThanOrEqual(200);
  });

  it('opens with the two commands: run it, test it', () => {
    const commands = fencedBlocks('README.md', 'bash')[0]!
      .split('\n')
      .map((line) => line.replace(/#.*$/, '').trim())
      .filter(Boolean);
    expect(commands).toEqual(['npm ci && npm start', 'npm test']);
  });
});

describe('docs/register.md', () => {
  it('quotes the Content-Security-Policy the register pages are sent', () => {
    expect(read('docs/register.md')).toContain(`Content-Security-Policy: ${PAGE_CONTENT_SECURITY_POLICY}\n`);
  });
});
