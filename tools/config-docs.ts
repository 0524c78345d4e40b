import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderConfigurationReference } from './system/config-reference';

/** Writes docs/configuration.md from the configuration schemas; `--check` only says whether it is current. */
function main(): number {
  // npm runs scripts from the repository's root.
  const target = join(process.cwd(), 'docs', 'configuration.md');
  const rendered = renderConfigurationReference();
  if (!process.argv.includes('--check')) {
    writeFileSync(target, rendered);
    process.stdout.write(`wrote ${target}\n`);
    return 0;
  }
  if (readFileSync(target, 'utf8') === rendered) return 0;
  process.stderr.write('docs/configuration.md is stale: run npm run docs:config\n');
  return 1;
}

process.exit(main());
