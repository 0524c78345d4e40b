import { DemoContext, DemoStep } from './demo-context';
import { waitFor } from './demo-client';
import { samplePdf, sampleRequest } from './sample-request';

const DOCUMENTS = [
  { kind: 'feasibility_study', language: 'ru', classification: 'open', fileName: 'feasibility-study.pdf' },
  { kind: 'technical_specification', language: 'kk', classification: 'dsp', fileName: 'technical-specification.pdf' },
] as const;

export async function waitForIntakeStatus(context: DemoContext, status: string): Promise<void> {
  await waitFor(
    `request ${context.requestId()} to become ${status}`,
    async () => {
      const response = await context.api('GET', `/requests/${context.requestId()}`, { token: context.cast.signatory.token });
      return response.body.status === status ? true : undefined;
    },
    context.timeoutMs,
  );
}

export const INTAKE_STEPS: DemoStep[] = [
  {
    name: 'draft the request',
    async run(context) {
      const body = sampleRequest(context.cast.agencyBin);
      const created = await context.api('POST', '/requests', { token: context.cast.submitter.token, body, expect: 201 });
      context.state.requestId = created.body.id;
      return `draft ${created.body.id} by ${context.cast.submitter.name}: «${body.system.titleKk}» / «${body.system.titleRu}»`;
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
        await context.api('POST', `/requests/${context.requestId()}/attachments`, {
          token: context.cast.submitter.token,
          body: form,
          expect: 201,
        });
      }
      return DOCUMENTS.map((document) => `${document.kind} (${document.classification})`).join(', ');
    },
  },
  {
    name: 'submit',
    async run(context) {
      const path = `/requests/${context.requestId()}`;
      const token = context.cast.signatory.token;
      const { signature, digest } = await context.signer.signatureFor(context.api, token, 'agency.signatory', `${path}/signing-document`);
      const submitted = await context.api('POST', `${path}/submit`, { token, body: { signature }, expect: 200 });
      context.detail(`ЭЦП over ${digest}`);
      context.state.registrationNumber = submitted.body.registrationNumber;
      return `registered as ${submitted.body.registrationNumber}, version ${submitted.body.version}, signed by ${context.cast.signatory.name}`;
    },
  },
];

/** The agency answers the secretary's remarks and submits version 2. */
export const RESUBMIT_STEP: DemoStep = {
  name: 'revise and resubmit',
  async run(context) {
    await waitForIntakeStatus(context, 'returned');
    const path = `/requests/${context.requestId()}`;
    const current = await context.api('GET', path, { token: context.cast.submitter.token });
    const alternativesAssessed = [
      ...sampleRequest(context.cast.agencyBin).justification.alternativesAssessed,
      { name: 'QazTech: сервис уведомлений', whyItFails: 'Нет доставки Cell Broadcast и управления сиренами; SLA 99,5 % вместо 99,99 %' },
    ];
    await context.api('PATCH', path, {
      token: context.cast.submitter.token,
      headers: { 'if-match': current.headers.get('etag') ?? '' },
      body: { justification: { alternativesAssessed } },
    });
    const token = context.cast.signatory.token;
    const { signature } = await context.signer.signatureFor(context.api, token, 'agency.signatory', `${path}/signing-document`);
    const submitted = await context.api('POST', `${path}/submit`, { token, body: { signature }, expect: 200 });
    return `remarks answered (${current.body.returnRemarks?.length ?? 0}), resubmitted as version ${submitted.body.version}`;
  },
};
