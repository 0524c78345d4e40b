import { createReadStream, promises as fs } from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import { parseTrustedRoots } from '../libs/platform/src/signatures/trusted-roots';
import {
  EXPORT_READ_CHUNK_BYTES,
  generateNoteKey,
  NoteVerifier,
  VerificationResult,
  verifierFromKey,
  verifyNdjson,
  WorkerInspectionPool,
} from '../libs/audit/src/log';
import { parseArgs } from './cli-args';
import { EXPORT_HELP, exportToStream, parseTime } from './ledger-export-command';
import { checkExportSignatures, SignatureReport, signatureSummary } from './ledger-signatures';

/** The offline ledger command: each subcommand is one entry of COMMANDS. */

export interface CommandIo {
  stdin: Readable;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

interface Subcommand {
  summary: string;
  help: string;
  options: readonly string[];
  run(args: Map<string, string[]>, io: CommandIo): Promise<number>;
}

/** A mistake in how the command was called: exit status 2. */
class UsageError extends Error {}

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
const PROGRESS_EVERY = 100_000;

const VERIFY_HELP = `Verify a ledger export offline: leaves, payload commitments, request chains, signed checkpoints,
and the qualified signatures (ЭЦП/ЭЦҚ) the acts' events carry.

Usage: npm run -s ledger -- verify --export FILE|- --key KEY|@FILE [--key …] [--signature-roots PEM]

  --export           the NDJSON export, or - for standard input
  --key              a checkpoint verifier key (name+keyid+base64), or @FILE holding one key per line;
                     repeat for rotated keys
  --signature-roots  the CA's root certificates, PEM (NCA RK's; .local/pki/trusted-roots.pem in
                     development): each signature is then verified over its signed bytes, with its
                     chain at signing time, key usage and IIN/BIN. Without it only their digests are.
                     Revocation needs the CA: it is reported as recorded at signing, not checked.

Prints a summary on standard output and progress on standard error. Exit status: 0 when the
export verifies, 1 when it does not (naming the first bad entry), 2 on a usage error.
`;

const KEYGEN_HELP = `Generate an Ed25519 checkpoint signing key in the signed-note encodings.

Usage: npm run -s ledger -- keygen --name NAME [--out FILE]

  --name  the key name, normally the log origin (no spaces, no "+")
  --out   write the signer key to FILE (created with mode 0600, never overwritten) and print
          only the verifier key; without it both keys are printed, labelled
`;

async function readVerifiers(values: readonly string[]): Promise<NoteVerifier[]> {
  const keys = await readKeys(values);
  if (keys.length === 0) throw new UsageError('at least one --key is required');
  return keys.map((key) => {
    try {
      return verifierFromKey(key);
    } catch (error) {
      throw new UsageError(`${(error as Error).message}: ${key}`);
    }
  });
}

async function readKeys(values: readonly string[]): Promise<string[]> {
  const keys: string[] = [];
  for (const value of values) {
    if (!value.startsWith('@')) {
      keys.push(value);
      continue;
    }
    const text = await fs.readFile(value.slice(1), 'utf8').catch(() => {
      throw new UsageError(`cannot read the key file ${value.slice(1)}`);
    });
    keys.push(...text.split('\n').filter((line) => line.trim().length > 0));
  }
  return keys;
}

async function openExport(path: string, io: CommandIo): Promise<Readable> {
  if (path === '-') return io.stdin;
  await fs.access(path).catch(() => {
    throw new UsageError(`cannot read the export ${path}`);
  });
  return createReadStream(path, { highWaterMark: EXPORT_READ_CHUNK_BYTES });
}

async function readRoots(path: string | undefined) {
  if (path === undefined) return undefined;
  if (path === 'true') throw new UsageError('--signature-roots needs a PEM file');
  const text = await fs.readFile(path, 'utf8').catch(() => {
    throw new UsageError(`cannot read the signature roots ${path}`);
  });
  const roots = (() => {
    try {
      return parseTrustedRoots(text);
    } catch (error) {
      throw new UsageError(`${path}: ${(error as Error).message}`);
    }
  })();
  if (roots.length === 0) throw new UsageError(`${path} holds no certificate`);
  return roots;
}

function summary(result: VerificationResult, signatures: SignatureReport): string {
  const lines = [
    `${result.entries} entries checked (${result.erasedPayloads} payloads erased)`,
    `${result.checkpoints} signed checkpoints (${result.checkpointsNotCovered} outside the exported range)`,
    `${result.chainsChecked} request links checked, ${result.anchoredOutside} anchored before the exported range`,
  ];
  if (result.ok && result.entriesWithoutCheckpoint > 0) {
    lines.push(`warning: the last ${result.entriesWithoutCheckpoint} entries are not covered by a checkpoint in this export`);
  }
  if (result.latestCheckpoint)
    lines.push(`latest checkpoint: size ${result.latestCheckpoint.size}, root ${result.latestCheckpoint.rootHash}`);
  lines.push(...signatureSummary(signatures));
  if (result.ok && signatures.failures.length === 0) return `OK: the export verifies\n${lines.join('\n')}\n`;
  if (result.ok) return `FAILED: a qualified signature does not verify\n${lines.join('\n')}\n`;
  const where = result.firstBadIndex === undefined ? '' : ` at entry ${result.firstBadIndex}`;
  return `FAILED${where}: ${result.problem?.code}: ${result.problem?.message}\n${lines.join('\n')}\n`;
}

const verify: Subcommand = {
  summary: 'verify an export against checkpoint verifier keys',
  help: VERIFY_HELP,
  options: ['export', 'key', 'signature-roots', 'help'],
  async run(args, io) {
    const path = args.get('export')?.at(-1);
    if (!path || path === 'true') throw new UsageError('--export FILE (or -) is required');
    const verifiers = await readVerifiers(args.get('key') ?? []);
    const roots = await readRoots(args.get('signature-roots')?.at(-1));
    const source = await openExport(path, io);
    // One read of the export feeds both checks, so standard input works as well as a file.
    const input = source.pipe(new PassThrough());
    const signatures = checkExportSignatures(source.pipe(new PassThrough()), roots);
    const started = Date.now();
    // Worker threads only from the built command; under a TypeScript loader the work stays here.
    const pool = WorkerInspectionPool.available() ? new WorkerInspectionPool() : undefined;
    const result = await verifyNdjson(input, verifiers, {
      pool,
      progressEvery: PROGRESS_EVERY,
      onProgress: (count) => io.stderr.write(`verified ${count} entries in ${((Date.now() - started) / 1000).toFixed(1)} s\n`),
    }).finally(() => pool?.close());
    const report = await signatures;
    io.stdout.write(summary(result, report));
    return result.ok && report.failures.length === 0 ? EXIT_OK : EXIT_FAILED;
  },
};

const keygen: Subcommand = {
  summary: 'generate a checkpoint signing key',
  help: KEYGEN_HELP,
  options: ['name', 'out', 'help'],
  async run(args, io) {
    const name = args.get('name')?.at(-1);
    if (!name || name === 'true') throw new UsageError('--name is required');
    let keys;
    try {
      keys = generateNoteKey(name);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const out = args.get('out')?.at(-1);
    if (out === undefined) {
      io.stdout.write(
        `signer key (secret: store it where only the log can read it):\n${keys.signerKey}\nverifier key (public):\n${keys.verifierKey}\n`,
      );
      return EXIT_OK;
    }
    await fs.writeFile(out, `${keys.signerKey}\n`, { mode: 0o600, flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(
        error.code === 'EEXIST' ? `${out} exists; refusing to overwrite a key` : `cannot write ${out}: ${error.message}`,
      );
    });
    io.stdout.write(`${keys.verifierKey}\n`);
    return EXIT_OK;
  },
};

const exportCommand: Subcommand = {
  summary: 'export the ledger from the database as NDJSON',
  help: EXPORT_HELP,
  options: ['out', 'from', 'to', 'help'],
  async run(args, io) {
    let from: Date | undefined;
    let to: Date | undefined;
    try {
      from = parseTime('from', args.get('from')?.at(-1));
      to = parseTime('to', args.get('to')?.at(-1));
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const out = args.get('out')?.at(-1);
    if (out === 'true') throw new UsageError('--out needs a file name (or -)');
    await exportToStream({ out, from, to }, io.stdout, io.stderr);
    return EXIT_OK;
  },
};

const COMMANDS: Record<string, Subcommand> = { verify, export: exportCommand, keygen };

function overallHelp(): string {
  const rows = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(8)} ${command.summary}`);
  return `Audit ledger tools.\n\nUsage: npm run -s ledger -- COMMAND [options]   (COMMAND --help for details)\n\n${rows.join('\n')}\n`;
}

/** Runs the command line `argv` (without node and the script) and returns the exit status. */
export async function main(argv: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === 'help') {
    io.stdout.write(overallHelp());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw new UsageError(`unknown command ${name}`);
    let args: Map<string, string[]>;
    try {
      args = parseArgs(rest, command.options);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    if (args.has('help')) {
      io.stdout.write(command.help);
      return EXIT_OK;
    }
    return await command.run(args, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`error: ${error.message}\n\n${command?.help ?? overallHelp()}`);
    return EXIT_USAGE;
  }
}
