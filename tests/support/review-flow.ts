import { DataSource } from 'typeorm';
import { completeRequest, eventually, SAMPLE_FILES, uploadForm } from './fixtures';
import { Api } from './http-client';

/** Creates, completes and submits a request as the agency; returns its id. */
export async function submitCompleteRequest(api: Api, signatory: string, agencyBin: string): Promise<string> {
  const created = await api('POST', '/requests', { token: signatory, body: completeRequest(agencyBin) });
  if (created.status !== 201) throw new Error(`create failed: ${created.status} ${JSON.stringify(created.body)}`);
  const id: string = created.body.id;
  for (const kind of ['feasibility_study', 'technical_specification']) {
    const form = uploadForm(SAMPLE_FILES.pdf, `${kind}.pdf`, { kind, language: 'ru', classification: 'open' });
    const attached = await api('POST', `/requests/${id}/attachments`, { token: signatory, body: form });
    if (attached.status !== 201) throw new Error(`attach failed: ${attached.status}`);
  }
  const submitted = await api('POST', `/requests/${id}/submit`, { token: signatory });
  if (submitted.status !== 200) throw new Error(`submit failed: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  return id;
}

/** Waits for the live task of a stage for a request to show in the stage's queue. */
export async function liveTask(api: Api, token: string, stage: string, requestId: string, version?: number): Promise<any> {
  return eventually(async () => {
    const response = await api('GET', `/review/queues/${stage}?requestId=${requestId}`, { token });
    if (response.status !== 200) throw new Error(`queue ${stage}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.items.find((task: any) => version === undefined || task.version === version);
  });
}

export async function intakeStatus(api: Api, token: string, requestId: string): Promise<string> {
  const response = await api('GET', `/requests/${requestId}`, { token });
  return response.body.status;
}

export async function waitForIntakeStatus(api: Api, token: string, requestId: string, status: string): Promise<void> {
  await eventually(async () => ((await intakeStatus(api, token, requestId)) === status ? true : undefined));
}

/** The review outbox's events of a request, oldest first. */
export async function reviewEvents(dataSource: DataSource, requestId: string, type?: string): Promise<any[]> {
  const rows = (await dataSource.query(
    `SELECT envelope FROM review.outbox WHERE aggregate_id = $1 AND ($2::text IS NULL OR event_type = $2) ORDER BY position`,
    [requestId, type ?? null],
  )) as { envelope: any }[];
  return rows.map((row) => row.envelope);
}
