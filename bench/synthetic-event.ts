import { randomUUID } from 'node:crypto';

/** An intake event the size of a real draft, as the outbox writer shapes it (not yet sequenced). */
export function syntheticEnvelope(n: number) {
  const requestId = randomUUID();
  return {
    id: randomUUID(),
    type: 'request.created.v1',
    source: 'intake',
    occurredAt: new Date().toISOString(),
    aggregateId: requestId,
    actor: { id: `user-${n % 97}`, role: 'agency.submitter', name: 'Айгерим Садыкова', agencyBin: '940140000385' },
    correlationId: randomUUID(),
    payload: {
      requestId,
      agencyBin: '940140000385',
      status: 'draft',
      content: {
        system: { titleRu: `Система учёта сведений № ${n}`, titleKk: `Есеп жүйесі № ${n}`, purpose: 'Учёт и контроль доступа. '.repeat(6) },
        budget: { amountKzt: '1250000000.00', fundingSource: 'republican_budget' },
      },
    },
  };
}
