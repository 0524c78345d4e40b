import { randomUUID } from 'node:crypto';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { EVENT_JOB_OPTIONS } from '@qaztech/platform';
import { syntheticEnvelope } from './synthetic-event';

/**
 * The floor of event delivery: the same envelopes added to a BullMQ queue in the relay's batch
 * size and taken by a worker of the consumer's concurrency that does nothing with them. Runs as
 * its own process on the system's core; prints `{ seconds, cpuMs }` for `count` events: the
 * time they took and the CPU this process spent on them.
 */
async function main(): Promise<void> {
  const { count, redisUrl, prefix, concurrency } = JSON.parse(process.argv[2] ?? '{}') as {
    count: number;
    redisUrl: string;
    prefix: string;
    concurrency: number;
  };
  const name = `raw-${randomUUID()}`;
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue(name, { connection, prefix });
  let done = 0;
  let finish: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const worker = new Worker(
    name,
    async () => {
      done += 1;
      if (done === count) finish();
      return true;
    },
    { connection: new Redis(redisUrl, { maxRetriesPerRequest: null }), prefix, concurrency },
  );
  await worker.waitUntilReady();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (let from = 0; from < count; from += 500) {
    const jobs = Array.from({ length: Math.min(500, count - from) }, (_, offset) => {
      const event = syntheticEnvelope(from + offset);
      return { name: event.type, data: event, opts: { ...EVENT_JOB_OPTIONS, jobId: event.id } };
    });
    await queue.addBulk(jobs);
  }
  await finished;
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  connection.disconnect();
  process.stdout.write(`${JSON.stringify({ seconds, cpuMs })}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
