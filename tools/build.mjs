// Compiles the TypeScript sources to dist/ with swc, only the files that changed since their
// output was written, so a command started many times in a row (`npm run token`, `npm start`)
// pays for a build once. Plain JavaScript: it runs before anything is built.
//
// Usage: node tools/build.mjs [root …]   (default roots: apps libs tools)
//        node tools/build.mjs --all      (rebuild everything, as `npm run build` did)
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist');
const DEFAULT_ROOTS = ['apps', 'libs', 'tools'];
const PARALLEL = 8;

const args = process.argv.slice(2);
const everything = args.includes('--all');
const roots = args.filter((arg) => !arg.startsWith('--'));

/** The output path of a source file, as `swc <roots> -d dist --copy-files` lays it out. */
function outputOf(source) {
  const path = relative(ROOT, source);
  return join(OUT, path.endsWith('.ts') && !path.endsWith('.d.ts') ? `${path.slice(0, -3)}.js` : path);
}

async function walk(folder, found = []) {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await walk(path, found);
    else if (entry.isFile()) found.push(path);
  }
  return found;
}

async function modified(path) {
  return stat(path).then(
    (info) => info.mtimeMs,
    () => undefined,
  );
}

async function compile(source, options) {
  const output = outputOf(source);
  // Loaded only when something changed: loading swc's native binding is most of a no-op's time.
  const { transformFile } = await import('@swc/core');
  const { code, map } = await transformFile(source, {
    ...options,
    filename: source,
    sourceFileName: relative(dirname(output), source),
    outputPath: output,
  });
  await mkdir(dirname(output), { recursive: true });
  const mapName = `${output.split('/').at(-1)}.map`;
  await writeFile(output, map ? `${code}\n//# sourceMappingURL=${mapName}` : code);
  if (map) await writeFile(`${output}.map`, map);
}

/** Outputs whose source is gone: a stale module could still be required by name. */
async function removeOrphans(root, expected) {
  const folder = join(OUT, root);
  const outputs = await walk(folder).catch(() => []);
  const orphans = outputs.filter((path) => !expected.has(path.endsWith('.js.map') ? path.slice(0, -4) : path));
  await Promise.all(orphans.map((path) => rm(path, { force: true })));
  return orphans.length;
}

async function main() {
  const started = performance.now();
  const swcrc = JSON.parse(await readFile(join(ROOT, '.swcrc'), 'utf8'));
  const options = { ...swcrc, jsc: { ...swcrc.jsc, baseUrl: ROOT }, swcrc: false, cwd: ROOT };
  let compiled = 0;
  let copied = 0;
  let removed = 0;
  for (const root of roots.length > 0 ? roots : DEFAULT_ROOTS) {
    const sources = await walk(join(ROOT, root));
    const expected = new Set(sources.map(outputOf));
    const stale = [];
    for (const source of sources) {
      const [from, to] = await Promise.all([modified(source), modified(outputOf(source))]);
      if (everything || to === undefined || (from ?? 0) > to) stale.push(source);
    }
    for (let index = 0; index < stale.length; index += PARALLEL) {
      await Promise.all(
        stale.slice(index, index + PARALLEL).map(async (source) => {
          if (extname(source) === '.ts' && !source.endsWith('.d.ts')) {
            await compile(source, options);
            compiled += 1;
          } else {
            await mkdir(dirname(outputOf(source)), { recursive: true });
            await copyFile(source, outputOf(source));
            copied += 1;
          }
        }),
      );
    }
    removed += await removeOrphans(root, expected);
  }
  if (compiled + copied + removed > 0 && !process.env.npm_config_loglevel?.startsWith('silent')) {
    const ms = Math.round(performance.now() - started);
    process.stderr.write(`build: ${compiled} compiled, ${copied} copied, ${removed} removed in ${ms} ms\n`);
  }
}

main().catch((error) => {
  process.stderr.write(`build failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
