import { createPostgresBackend, Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { openQueue, PlatformConfig, postgresConnection, queueSettings } from '@qaztech/platform';

/** A queue of the application's, on whichever backend it runs (QUEUE_BACKEND); close it after use. */
export function openTestQueue(config: PlatformConfig, name: string): Queue {
  const settings = queueSettings(config);
  let connection: Redis | undefined;
  const queue = openQueue(settings, name, () => (connection ??= new Redis(settings.redisUrl, { maxRetriesPerRequest: 1 })));
  const close = queue.close.bind(queue);
  queue.close = async () => {
    await close();
    connection?.disconnect();
  };
  return queue;
}

/** BullMQ's completion events of a queue, on whichever backend the application runs. */
export function openTestQueueEvents(config: PlatformConfig, name: string): QueueEvents {
  const settings = queueSettings(config);
  if (settings.kind === 'redis') return new QueueEvents(name, { connection: { url: settings.redisUrl }, prefix: settings.prefix });
  return new QueueEvents(
    name,
    { connection: postgresConnection(settings, 1, 'qaztech-test-events') },
    createPostgresBackend,
  ) as unknown as QueueEvents;
}
