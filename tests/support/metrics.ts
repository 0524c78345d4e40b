import { Api } from './http-client';

/** One series of the app's /metrics, e.g. `webhook_deliveries_total{outcome="dead"}`; 0 when absent. */
export async function metricValue(api: Api, series: string): Promise<number> {
  const text = (await api<string>('GET', '/metrics')).body;
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}
