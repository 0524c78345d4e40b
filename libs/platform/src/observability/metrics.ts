import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { withTimeout } from '../util/with-timeout';

type GaugeSource = () => Promise<Record<string, number>>;

/** A scrape answers within Prometheus' default timeout even when a dependency does not. */
const SOURCE_TIMEOUT_MS = 2_000;

/** The process's Prometheus registry; contexts add gauges that are read at scrape time. */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  readonly httpDuration: Histogram<'method' | 'route' | 'status'>;
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
        for (const [value, count] of Object.entries(await withTimeout(read(), SOURCE_TIMEOUT_MS, 'metrics source'))) {
          gauge.set({ [label]: value }, count);
        }
      } catch {
        // A dependency being down is what /ready reports; metrics still serve what they can.
      }
    }
    return this.registry.metrics();
  }
}
