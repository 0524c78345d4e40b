import { EventEmitter } from 'node:events';
import { Worker } from 'bullmq';
import { Metrics } from './metrics';

describe('Metrics gauge sources', () => {
  it('show at each scrape only what the source holds then: a drained inbox leaves the gauge', async () => {
    const metrics = new Metrics();
    let inbox: Record<string, number> = { intake: 3, review: 1 };
    metrics.addGaugeSource('ledger_inbox', 'Events received but not yet in the ledger', 'source', async () => inbox);

    expect(await metrics.render()).toMatch(/^ledger_inbox\{source="intake"\} 3$/m);
    inbox = { review: 2 };
    const drained = await metrics.render();
    expect(drained).not.toMatch(/^ledger_inbox\{source="intake"\}/m);
    expect(drained).toMatch(/^ledger_inbox\{source="review"\} 2$/m);
  });

  it('leave out a source that failed to answer instead of repeating its last value as current', async () => {
    const metrics = new Metrics();
    let fail = false;
    metrics.addGaugeSource('queue_depth', 'Jobs per queue', 'queue', async () => {
      if (fail) throw new Error('Redis is away');
      return { 'events.audit': 5 };
    });
    metrics.addGaugeSource('outbox_backlog', 'Outbox rows', 'source', async () => ({ intake: 0 }));

    expect(await metrics.render()).toMatch(/^queue_depth\{queue="events\.audit"\} 5$/m);
    fail = true;
    const scraped = await metrics.render();
    expect(scraped).not.toMatch(/^queue_depth\{/m);
    expect(scraped).toMatch(/^outbox_backlog\{source="intake"\} 0$/m);
  });

  it('merge two contexts reading the same gauge into one series per label', async () => {
    const metrics = new Metrics();
    metrics.addGaugeSource('outbox_backlog', 'Outbox rows', 'source', async () => ({ intake: 1 }));
    metrics.addGaugeSource('outbox_backlog', 'Outbox rows', 'source', async () => ({ review: 4 }));
    const scraped = await metrics.render();
    expect(scraped).toMatch(/^outbox_backlog\{source="intake"\} 1$/m);
    expect(scraped).toMatch(/^outbox_backlog\{source="review"\} 4$/m);
  });
});

describe('Metrics dead jobs', () => {
  it('counts a job only when its failure is final, not each failed attempt that will be retried', async () => {
    const metrics = new Metrics();
    const worker = new EventEmitter();
    metrics.countDeadJobs(worker as unknown as Worker, 'events.audit');
    const error = new Error('handler failed');
    worker.emit('failed', { id: 'a', finishedOn: undefined }, error);
    worker.emit('failed', { id: 'a', finishedOn: undefined }, error);
    expect(await metrics.render()).not.toMatch(/^jobs_dead_total\{/m);
    worker.emit('failed', { id: 'a', finishedOn: 1_700_000_000_000 }, error);
    worker.emit('failed', undefined, error);
    expect(await metrics.render()).toMatch(/^jobs_dead_total\{queue="events\.audit"\} 1$/m);
  });
});
