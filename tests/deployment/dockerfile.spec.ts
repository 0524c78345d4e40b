import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './compose-model';

/*
 * No Docker engine runs where the tests run, so the image is checked by reading its Dockerfile and
 * running what its stages run that needs no registry: the build, into a directory of the test's own.
 */
interface Stage {
  name: string;
  from: string;
  runs: string[];
  copies: string[][];
  cmd?: string[];
}

function readDockerfile(): Stage[] {
  const lines = readFileSync(join(root, 'Dockerfile'), 'utf8')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const stages: Stage[] = [];
  for (const line of lines) {
    const [instruction, ...rest] = line.split(/\s+/);
    const argument = rest.join(' ');
    if (instruction === 'FROM') {
      const [from, , name] = rest;
      stages.push({ name: name ?? String(stages.length), from: from!, runs: [], copies: [] });
    } else if (instruction === 'RUN') stages.at(-1)!.runs.push(argument);
    else if (instruction === 'COPY') stages.at(-1)!.copies.push(rest);
    else if (instruction === 'CMD') stages.at(-1)!.cmd = JSON.parse(argument) as string[];
  }
  return stages;
}

const stages = readDockerfile();
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  engines: { node: string };
};
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { hasInstallScript?: boolean; dev?: boolean }>;
};
/** Every package of the lock file whose install runs a script of its own, by name. */
const withInstallScripts = new Map(
  Object.entries(lock.packages)
    .filter(([, entry]) => entry.hasInstallScript)
    .map(([path, entry]) => [path.replace(/^.*node_modules\//, ''), entry]),
);

/**
 * Install scripts the image does not run, each with why. A package that gains one must land here
 * or in the Dockerfile's `npm rebuild`: nothing runs at install time by default.
 */
const REFUSED: Record<string, string> = {
  '@scarf/scarf': 'install telemetry (swagger-ui-dist): reports each install to a third party',
  '@parcel/watcher': "Jest's file watcher, a development tool; its script builds from source when no prebuild fits",
  'unrs-resolver': "ESLint's import resolver, a development tool",
};

const commandsOf = (stage: Stage) => stage.runs.flatMap((run) => run.split('&&').map((command) => command.trim()));
const rebuiltIn = (stage: Stage) =>
  commandsOf(stage)
    .filter((command) => command.startsWith('npm rebuild '))
    .flatMap((command) => command.split(/\s+/).slice(2));

describe('Dockerfile', () => {
  it('builds and runs on Node 22 LTS, while the code still declares Node 20.19 and later', () => {
    expect(stages.map((stage) => stage.from)).toEqual(['node:22-bookworm-slim', 'node:22-bookworm-slim']);
    expect(packageJson.engines.node).toBe('>=20.19');
  });

  it('installs dependencies without their install scripts, and runs only those it names', () => {
    const installs = stages.flatMap(commandsOf).filter((command) => command.startsWith('npm ci'));
    expect(installs.length).toBe(2);
    for (const install of installs) expect(install).toMatch(/--ignore-scripts/);
    for (const stage of stages) {
      for (const name of rebuiltIn(stage))
        expect({ name, hasInstallScript: withInstallScripts.has(name) }).toEqual({ name, hasInstallScript: true });
    }
  });

  it('decides about every install script of the lock file: allowed in the Dockerfile or refused here with a reason', () => {
    const allowed = new Set(stages.flatMap(rebuiltIn));
    const undecided = [...withInstallScripts.keys()].filter((name) => !allowed.has(name) && !(name in REFUSED));
    expect(undecided).toEqual([]);
    expect([...allowed].filter((name) => name in REFUSED)).toEqual([]);
    expect(Object.keys(REFUSED).filter((name) => !withInstallScripts.has(name))).toEqual([]);
  });

  it('rebuilds in the runtime stage only packages a production install has', () => {
    const runtime = stages.find((stage) => stage.name === 'runtime')!;
    expect(rebuiltIn(runtime).filter((name) => withInstallScripts.get(name)!.dev)).toEqual([]);
    expect(commandsOf(runtime).find((command) => command.startsWith('npm ci'))).toMatch(/--omit=dev/);
  });

  it('copies only what exists, and the runtime stage copies the build stage output', () => {
    for (const stage of stages) {
      for (const copy of stage.copies) {
        if (copy[0]!.startsWith('--from=')) continue;
        for (const source of copy.slice(0, -1))
          expect({ source, exists: existsSync(join(root, source)) }).toEqual({ source, exists: true });
      }
    }
    expect(stages[1]!.copies).toContainEqual(['--from=build', '/app/dist', 'dist']);
  });

  it('runs the npm scripts that package.json has, and the build produces the program CMD starts', () => {
    const scripts = stages
      .flatMap(commandsOf)
      .filter((command) => command.startsWith('npm run '))
      .map((command) => command.split(/\s+/)[2]!);
    expect(scripts).toEqual(['build']);
    const build = packageJson.scripts.build!;
    expect(build).toMatch(/^swc .* -d dist /);
    const out = mkdtempSync(join(tmpdir(), 'qaztech-image-'));
    try {
      const [, ...args] = build.replace(' -d dist ', ` -d ${out} `).split(/\s+/);
      execFileSync(join(root, 'node_modules', '.bin', 'swc'), args, { cwd: root, stdio: 'pipe' });
      const program = stages.at(-1)!.cmd!;
      expect(program[0]).toBe('node');
      expect(existsSync(join(out, program[1]!.replace(/^dist\//, '')))).toBe(true);
      expect(existsSync(join(out, 'tools', 'migrate.js'))).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('caps the heap below the host default, as the benchmark reads it', () => {
    expect(readFileSync(join(root, 'Dockerfile'), 'utf8')).toMatch(/^ENV NODE_OPTIONS="--max-old-space-size=\d+"$/m);
  });
});
