/** Minimal `--name value` / `--flag` parsing for the project's commands; repeated options accumulate. */
export function parseArgs(argv: readonly string[], known: readonly string[]): Map<string, string[]> {
  const options = new Map<string, string[]>();
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index]!;
    if (!argument.startsWith('--')) throw new Error(`Unexpected argument "${argument}"`);
    const [name = '', inline] = argument.slice(2).split(/=(.*)/s, 2);
    if (!known.includes(name)) throw new Error(`Unknown option --${name}`);
    const value = inline ?? (argv[index + 1] !== undefined && !argv[index + 1]!.startsWith('--') ? argv[++index]! : 'true');
    options.set(name, [...(options.get(name) ?? []), value]);
  }
  return options;
}

/** Runs a command's main: a clear message on stderr and a non-zero exit on failure. */
export function runCommand(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
