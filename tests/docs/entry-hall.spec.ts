import { readdirSync, readFileSync } from 'node:fs';
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

describe('the commands the pages name', () => {
  const pages = [
    'README.md',
    'CONTRIBUTING.md',
    'bench/README.md',
    ...readdirSync(join(repositoryRoot, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `docs/${name}`),
  ];
  const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);

  it.each(pages)('%s runs only npm scripts that package.json has', (page) => {
    // `npm run start:<context>` is a pattern: its name ends before the placeholder.
    const named = [...read(page).matchAll(/npm run (?:-s )?([a-z][\w:-]*)/g)].map((match) => match[1]!);
    expect(named.filter((name) => !scripts.includes(name) && !name.endsWith(':'))).toEqual([]);
  });
});

describe('docs/register.md', () => {
  it('quotes the Content-Security-Policy the register pages are sent', () => {
    expect(read('docs/register.md')).toContain(`Content-Security-Policy: ${PAGE_CONTENT_SECURITY_POLICY}\n`);
  });
});
