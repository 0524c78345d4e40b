import { Injectable } from '@nestjs/common';
import { Worker } from 'bullmq';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { withTimeout } from '../util/with-timeout';

type GaugeSource = () => Promise<Record<string, number>>;

/** A scrape answers within Prometheus' default timeout even when a dependency does not. */
const SOURCE_TIMEOUT_MS = 2_000;

/** The process's Prometheus registry; contexts add gauges that are read at scrape time. */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  readonly httpDuration: Histogram<'method' | 'route' | 'status'>;
  readonly eventsHandled: Counter<'context' | 'type'>;
  readonly eventsFailed: Counter<'context' | 'type'>;
  readonly deadJobs: Counter<'queue'>;
  readonly webhookDeliveries: Counter<'outcome'>;
  private readonly sources = new Map<string, { gauge: Gauge<string>; read: GaugeSource; label: string }>();

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    this.httpDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request latency by route and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [this.registry],
    });
    this.eventsHandled = new Counter({
      name: 'events_handled_total',
      help: 'Events a context handled and committed, by context and event type (redeliveries of a handled event not counted)',
      labelNames: ['context', 'type'],
      registers: [this.registry],
    });
    this.eventsFailed = new Counter({
      name: 'events_failed_total',
      help: 'Attempts to handle an event that failed and were rolled back, by context and event type',
      labelNames: ['context', 'type'],
      registers: [this.registry],
    });
    this.deadJobs = new Counter({
      name: 'jobs_dead_total',
      help: 'Jobs that failed their last attempt and went to the failed set (the dead letters), by queue',
      labelNames: ['queue'],
      registers: [this.registry],
    });
    this.webhookDeliveries = new Counter({
      name: 'webhook_deliveries_total',
      help: 'Webhook delivery attempts by outcome: delivered, retrying (failed, another attempt is due) or dead (given up)',
      labelNames: ['outcome'],
      registers: [this.registry],
    });
  }

  /** Counts the jobs a worker gives up on: BullMQ sets finishedOn only when a failure is final. */
  countDeadJobs(worker: Worker, queue: string): void {
    worker.on('failed', (job) => {
      if (job?.finishedOn) this.deadJobs.inc({ queue });
    });
  }

  /** A gauge per label value, e.g. queue depth per queue, computed when Prometheus scrapes. */
  addGaugeSource(name: string, help: string, label: string, read: GaugeSource): void {
    const existing = this.sources.get(name);
    if (existing) {
      const previous = existing.read;
      existing.read = async () => ({ ...(await previous()), ...(await read()) });
      return;
    }
    const gauge = new Gauge({ name, help, labelNames: [label], registers: [this.registry] });
    this.sources.set(name, { gauge, read, label });
  }

  async render(): Promise<string> {
    for (const { gauge, read, label } of this.sources.values()) {
      try {
        const values = await withTimeout(read(), SOURCE_TIMEOUT_MS, 'metrics source');
        // Each scrape shows what the source holds now: a label it no longer names (an inbox that
        // drained) leaves the gauge instead of repeating its last value forever.
        gauge.reset();
        for (const [value, count] of Object.entries(values)) gauge.set({ [label]: value }, count);
      } catch {
        // A dependency being down is what /ready reports; metrics still serve what they can, and
        // leave out what they could not read rather than show a stale value as current.
        gauge.reset();
      }
    }
    return this.registry.metrics();
  }
}
