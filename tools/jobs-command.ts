import { Job } from 'bullmq';
import { chooseQueueBackend, loadPlatformConfig, queueSettings } from '@qaztech/platform';
import { ALL_QUEUES } from '../apps/standalone/src/context-queues';
import { parseArgs } from './cli-args';
import { DeadJob, DeadJobs } from './dead-jobs';

/** The failed-jobs command: list, show and redrive what used up its retries. */

export interface JobsIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: NodeJS.ProcessEnv;
}

/** A mistake in how the command was called: exit status 2. */
class UsageError extends Error {}

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
const PROGRESS_EVERY = 100;
const REASON_WIDTH = 80;

const HELP = `List, inspect and redrive failed jobs: the jobs of the system's queues that used up their
retries and wait in BullMQ's failed set (kept 30 days for events and timers).

Usage: npm run -s jobs -- list [--queue Q]
       npm run -s jobs -- show ID [--queue Q]
       npm run -s jobs -- redrive ID|--all [--queue Q] [--dry-run]

  list        every failed job: queue, id, name, attempts, when it failed and why
  show ID     one job in full: its data, state, attempts, reason and stack trace; an event's id
              names its job on the queue of every context consuming it, so each is shown
  redrive     put failed jobs back on their queue with their whole retry budget:
    ID        the failed job with this id (on every queue where it failed)
    --all     every failed job, with progress on standard error
  --queue Q   only this queue (repeatable); one of:
              ${ALL_QUEUES.join(', ')}
  --dry-run   say what redrive would send again, and change nothing

Redriving is safe: every job is idempotent by design. An event job records its event id in the
consumer's processed_events in the same transaction as its effect, so an event handled before
has no second effect; a timer checks the state it guards when it fires; a webhook delivery job
only wakes its delivery row, which knows whether it was delivered. Fix the cause first: a job
that fails for the same reason fails again, and its retries start over.

Reads QUEUE_BACKEND, REDIS_URL and QUEUE_PREFIX (or, with the queues on PostgreSQL,
DATABASE_URL and QUEUE_DATABASE_PASSWORD) as the services do; unset, QUEUE_BACKEND is chosen as
npm start chooses it. Exit status: 0 on success, 1 when a job is not found or not failed or the
queues cannot be reached, 2 on a usage error.
`;

const SUBCOMMANDS = ['list', 'show', 'redrive'] as const;
type Subcommand = (typeof SUBCOMMANDS)[number];
const OPTIONS: Record<Subcommand, string[]> = {
  list: ['queue', 'help'],
  show: ['queue', 'help'],
  redrive: ['queue', 'all', 'dry-run', 'help'],
};

interface Invocation {
  command: Subcommand;
  id?: string;
  queues: readonly string[];
  all: boolean;
  dryRun: boolean;
  help: boolean;
}

function parse(argv: readonly string[]): Invocation {
  const [command, ...rest] = argv;
  if (!SUBCOMMANDS.includes(command as Subcommand)) throw new UsageError(command ? `unknown command ${command}` : 'a command is required');
  const id = rest[0] !== undefined && !rest[0].startsWith('--') ? rest[0] : undefined;
  let args: Map<string, string[]>;
  try {
    args = parseArgs(id === undefined ? rest : rest.slice(1), OPTIONS[command as Subcommand]);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const queues = args.get('queue') ?? ALL_QUEUES;
  const unknown = queues.filter((queue) => !ALL_QUEUES.includes(queue));
  if (unknown.length > 0) throw new UsageError(`unknown queue ${unknown.join(', ')}`);
  const invocation = {
    command: command as Subcommand,
    id,
    queues,
    all: args.has('all'),
    dryRun: args.has('dry-run'),
    help: args.has('help'),
  };
  if (invocation.help) return invocation;
  if (command === 'show' && !id) throw new UsageError('show needs a job id');
  if (command === 'redrive' && Boolean(id) === invocation.all) throw new UsageError('redrive needs a job id or --all, not both');
  if (command === 'list' && id) throw new UsageError(`unexpected argument ${id}`);
  return invocation;
}

const when = (millis: number | undefined): string => (millis ? new Date(millis).toISOString() : '-');
const firstLine = (text: string | undefined): string => (text ?? '').split('\n')[0]!.slice(0, REASON_WIDTH);

function row({ queue, job }: DeadJob): string {
  return [queue, job.id, job.name, `${job.attemptsMade}/${job.opts.attempts ?? 1}`, when(job.finishedOn), firstLine(job.failedReason)].join(
    '\t',
  );
}

function details(queue: string, job: Job, state: string): string {
  const lines = [
    `queue:     ${queue}`,
    `job:       ${job.id} (${job.name})`,
    `state:     ${state}`,
    `attempts:  ${job.attemptsMade} of ${job.opts.attempts ?? 1}`,
    `created:   ${when(job.timestamp)}`,
    `processed: ${when(job.processedOn)}`,
    `finished:  ${when(job.finishedOn)}`,
    `reason:    ${job.failedReason ?? '-'}`,
    `data:      ${JSON.stringify(job.data, null, 2).replace(/\n/g, '\n           ')}`,
  ];
  const stack = job.stacktrace?.at(-1);
  if (stack) lines.push(`stack:     ${stack.replace(/\n/g, '\n           ')}`);
  return `${lines.join('\n')}\n`;
}

async function list(jobs: DeadJobs, io: JobsIo): Promise<number> {
  let count = 0;
  io.stdout.write(`${['QUEUE', 'JOB', 'NAME', 'ATTEMPTS', 'FAILED AT', 'REASON'].join('\t')}\n`);
  for await (const dead of jobs.all()) {
    io.stdout.write(`${row(dead)}\n`);
    count += 1;
  }
  io.stdout.write(`${count} failed job${count === 1 ? '' : 's'}\n`);
  return EXIT_OK;
}

async function show(jobs: DeadJobs, id: string, io: JobsIo): Promise<number> {
  const found = await jobs.find(id);
  if (found.length === 0) {
    io.stderr.write(`error: no job ${id}\n`);
    return EXIT_FAILED;
  }
  io.stdout.write(found.map(({ queue, job, state }) => details(queue, job, state)).join('\n'));
  return EXIT_OK;
}

async function redriveOne(jobs: DeadJobs, id: string, dryRun: boolean, io: JobsIo): Promise<number> {
  const found = await jobs.find(id);
  const failed = found.filter((candidate) => candidate.state === 'failed');
  if (failed.length === 0) {
    const states = found.map(({ queue, state }) => `${state} on ${queue}`).join(', ');
    io.stderr.write(`error: no failed job ${id}${states ? ` (it is ${states})` : ''}\n`);
    return EXIT_FAILED;
  }
  for (const { queue, job } of failed) {
    if (!dryRun) await jobs.redrive(job);
    io.stdout.write(`${dryRun ? 'would redrive' : 'redriven'} ${queue} ${job.id}\n`);
  }
  return EXIT_OK;
}

async function redriveAll(jobs: DeadJobs, dryRun: boolean, io: JobsIo): Promise<number> {
  // Taken whole before the first retry: a job that fails again at once must not be met twice.
  const dead: DeadJob[] = [];
  for await (const found of jobs.all()) dead.push(found);
  for (const [index, { queue, job }] of dead.entries()) {
    if (dryRun) io.stdout.write(`would redrive ${queue} ${job.id}\n`);
    else await jobs.redrive(job);
    if (!dryRun && ((index + 1) % PROGRESS_EVERY === 0 || index + 1 === dead.length))
      io.stderr.write(`redriven ${index + 1} of ${dead.length}\n`);
  }
  io.stdout.write(`${dryRun ? 'would redrive' : 'redriven'} ${dead.length} failed job${dead.length === 1 ? '' : 's'}\n`);
  return EXIT_OK;
}

/** Runs the command line `argv` (without node and the script) and returns the exit status. */
export async function main(argv: readonly string[], io: JobsIo): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === 'help') {
    io.stdout.write(HELP);
    return argv.length === 0 ? EXIT_USAGE : EXIT_OK;
  }
  let invocation: Invocation;
  try {
    invocation = parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`error: ${error.message}\n\n${HELP}`);
    return EXIT_USAGE;
  }
  if (invocation.help) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  const config = loadPlatformConfig({ ...io.env, QUEUE_BACKEND: await chooseQueueBackend(io.env) });
  const settings = queueSettings(config);
  const jobs = new DeadJobs(settings, invocation.queues);
  try {
    await jobs.connect().catch((error: Error) => {
      throw new Error(`cannot reach ${settings.kind === 'redis' ? 'Redis' : 'the queues in PostgreSQL'}: ${error.message}`);
    });
    if (invocation.command === 'list') return await list(jobs, io);
    if (invocation.command === 'show') return await show(jobs, invocation.id!, io);
    if (invocation.id) return await redriveOne(jobs, invocation.id, invocation.dryRun, io);
    return await redriveAll(jobs, invocation.dryRun, io);
  } catch (error) {
    io.stderr.write(`error: ${(error as Error).message}\n`);
    return EXIT_FAILED;
  } finally {
    await jobs.close();
  }
}
