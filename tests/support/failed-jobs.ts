import { randomUUID } from 'node:crypto';
import { TestApp } from './app';
import { eventually } from './fixtures';
import { openTestQueue } from './test-queue';

/** An event no context handles: its consumer throws on it, as a handler with a bug would. */
export const UNHANDLED_EVENT_TYPE = 'operations.unhandled';

/**
 * Puts on a context's event queue an event its consumer cannot handle, with one attempt, and
 * waits until the running consumer has failed it: a dead letter, as a month of retries leaves.
 */
export async function deadLetterOn(testApp: TestApp, queueName: string): Promise<string> {
  const queue = openTestQueue(testApp.config, queueName);
  try {
    const id = randomUUID();
    const event = { id, type: UNHANDLED_EVENT_TYPE, version: 1, occurredAt: new Date().toISOString(), payload: {} };
    await queue.add(UNHANDLED_EVENT_TYPE, event, { jobId: id, attempts: 1, removeOnFail: false });
    await eventually(async () => ((await queue.getJobState(id)) === 'failed' ? true : undefined), 20_000);
    return id;
  } finally {
    await queue.close();
  }
}
