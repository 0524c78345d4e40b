import { DemoContext, DemoStep } from './demo-context';
import { answerOf, bearer, waitFor } from './demo-client';
import { samplePdf, sampleRequest } from './sample-request';

const DOCUMENTS = [
  { kind: 'feasibility_study', language: 'ru', classification: 'open', fileName: 'feasibility-study.pdf' },
  { kind: 'technical_specification', language: 'kk', classification: 'dsp', fileName: 'technical-specification.pdf' },
] as const;

export async function waitForIntakeStatus(context: DemoContext, status: string): Promise<void> {
  await waitFor(
    `request ${context.requestId()} to become ${status}`,
    async () => {
      const { data } = await answerOf(
        context.client.GET('/requests/{id}', {
          params: { path: { id: context.requestId() } },
          headers: bearer(context.cast.signatory.token),
        }),
      );
      return data.status === status ? true : undefined;
    },
    context.timeoutMs,
  );
}

export const INTAKE_STEPS: DemoStep[] = [
  {
    name: 'draft the request',
    async run(context) {
      const body = sampleRequest(context.cast.agencyBin);
      const { data: created } = await answerOf(
        context.client.POST('/requests', { body, headers: bearer(context.cast.submitter.token) }),
        201,
      );
      context.state.requestId = created.id;
      return `draft ${created.id} by ${context.cast.submitter.name}: «${body.system.titleKk}» / «${body.system.titleRu}»`;
    },
  },
  {
    name: 'attach documents',
    async run(context) {
      for (const document of DOCUMENTS) {
        const form = new FormData();
        form.append('kind', document.kind);
        form.append('language', document.language);
        form.append('classification', document.classification);
        form.append('file', samplePdf(document.kind), document.fileName);
        await answerOf(
          context.client.POST('/requests/{id}/attachments', {
            params: { path: { id: context.requestId() } },
            headers: bearer(context.cast.submitter.token),
            // The multipart form as it is: openapi-fetch sends FormData unchanged, with its boundary.
            body: form as never,
          }),
          201,
        );
      }
      return DOCUMENTS.map((document) => `${document.kind} (${document.classification})`).join(', ');
    },
  },
  {
    name: 'submit',
    async run(context) {
      const params = { path: { id: context.requestId() } };
      const token = context.cast.signatory.token;
      const { signature, digest } = await context.signer.signatureFor('agency.signatory', async () => {
        const { data } = await answerOf(context.client.GET('/requests/{id}/signing-document', { params, headers: bearer(token) }));
        return data;
      });
      const { data: submitted } = await answerOf(
        context.client.POST('/requests/{id}/submit', { params, headers: bearer(token), body: { signature } }),
        200,
      );
      context.detail(`ЭЦП over ${digest}`);
      context.state.registrationNumber = submitted.registrationNumber ?? undefined;
      return `registered as ${submitted.registrationNumber}, version ${submitted.version}, signed by ${context.cast.signatory.name}`;
    },
  },
];

/** The agency answers the secretary's remarks and submits version 2. */
export const RESUBMIT_STEP: DemoStep = {
  name: 'revise and resubmit',
  async run(context) {
    await waitForIntakeStatus(context, 'returned');
    const params = { path: { id: context.requestId() } };
    const current = await answerOf(context.client.GET('/requests/{id}', { params, headers: bearer(context.cast.submitter.token) }));
    const alternativesAssessed = [
      ...sampleRequest(context.cast.agencyBin).justification.alternativesAssessed,
      { name: 'QazTech: сервис уведомлений', whyItFails: 'Нет доставки Cell Broadcast и управления сиренами; SLA 99,5 % вместо 99,99 %' },
    ];
    await answerOf(
      context.client.PATCH('/requests/{id}', {
        params: { ...params, header: { 'If-Match': current.response.headers.get('etag') ?? '' } },
        headers: bearer(context.cast.submitter.token),
        // A JSON Merge Patch: only the part that changes.
        body: { justification: { alternativesAssessed } },
      }),
    );
    const token = context.cast.signatory.token;
    const { signature } = await context.signer.signatureFor('agency.signatory', async () => {
      const { data } = await answerOf(context.client.GET('/requests/{id}/signing-document', { params, headers: bearer(token) }));
      return data;
    });
    const { data: submitted } = await answerOf(
      context.client.POST('/requests/{id}/submit', { params, headers: bearer(token), body: { signature } }),
      200,
    );
    return `remarks answered (${current.data.returnRemarks?.length ?? 0}), resubmitted as version ${submitted.version}`;
  },
};
