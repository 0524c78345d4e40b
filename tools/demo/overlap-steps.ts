import { DemoContext, DemoStep } from './demo-context';
import { answerOf, bearer, waitFor } from './demo-client';
import { samplePdf, sampleRequest } from './sample-request';

/** A small Architecture portal export: one of its systems is what the next request asks to build again. */
function inventoryCsv(runId: string, ownerBin: string): string {
  return [
    'object_id,owner_bin,owner_name,name_kk,name_ru,status,functions,data_objects,go_live_date',
    `AP-${runId}-01,${ownerBin},МЧС РК,,Республиканская система оповещения населения о чрезвычайных ситуациях,industrial,,person,2016-09-01`,
    `AP-${runId}-02,${ownerBin},МВД РК,,Информационная система регистрации транспортных средств,industrial,,vehicle;person,2011-04-01`,
    `AP-${runId}-03,${ownerBin},МКИ РК,Мемлекеттік мұрағат қорының ақпараттық жүйесі,,pilot,,,`,
  ].join('\n');
}

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

function runIdOf(context: DemoContext): string {
  return context.cast.admin.id.replace(/^demo-|-admin$/g, '');
}

const DUPLICATE_TITLE = 'Төтенше жағдайлар кезінде халықты хабардар ету жүйесі';

async function submitDuplicate(context: DemoContext): Promise<{ id: string; registrationNumber: string }> {
  const base = sampleRequest(context.cast.agencyBin);
  // Written in Kazakh where it counts: the inventory knows the system in Russian only.
  const body = {
    ...base,
    system: {
      ...base.system,
      titleKk: DUPLICATE_TITLE,
      titleRu: 'Өңірлік хабардар ету жүйесі',
      titleEn: undefined,
      purpose: 'Төтенше жағдай қаупі туралы халықты сиреналар мен ұялы байланыс арқылы хабардар ету.',
    },
  };
  const { data: created } = await answerOf(context.client.POST('/requests', { body, headers: bearer(context.cast.submitter.token) }), 201);
  for (const kind of ['feasibility_study', 'technical_specification']) {
    const form = new FormData();
    form.append('kind', kind);
    form.append('language', 'kk');
    form.append('classification', 'open');
    form.append('file', samplePdf(kind), `${kind}.pdf`);
    await answerOf(
      context.client.POST('/requests/{id}/attachments', {
        params: { path: { id: created.id } },
        headers: bearer(context.cast.submitter.token),
        body: form as never,
      }),
      201,
    );
  }
  const { data: submitted } = await answerOf(
    context.client.POST('/requests/{id}/submit', { params: { path: { id: created.id } }, headers: bearer(context.cast.signatory.token) }),
    200,
  );
  return { id: created.id, registrationNumber: submitted.registrationNumber ?? '' };
}

/** The inventory, a request that duplicates one of its systems, and the overlap report on it. */
export const OVERLAP_STEPS: DemoStep[] = [
  {
    name: 'import an inventory of existing systems',
    async run(context) {
      const { data } = await answerOf(
        context.client.POST('/catalogue/inventory/imports', {
          headers: bearer(context.cast.admin.token),
          body: {
            source: 'Architecture portal export (demo)',
            format: 'csv',
            content: inventoryCsv(runIdOf(context), context.cast.agencyBin),
          },
        }),
        201,
      );
      const counts = data.counts;
      return `version ${data.version}: ${counts.rows} systems, ${counts.added} added, ${counts.markedMissing} no longer listed (marked, kept)`;
    },
  },
  {
    name: 'submit a request that duplicates one of them',
    async run(context) {
      const duplicate = await submitDuplicate(context);
      context.state.duplicateRequestId = duplicate.id;
      return `${duplicate.registrationNumber}: «${DUPLICATE_TITLE}», in Kazakh`;
    },
  },
  {
    name: 'read the overlap report',
    async run(context) {
      const params = { path: { requestId: context.state.duplicateRequestId! } };
      const report = await waitFor(
        'the overlap report',
        async () => {
          const { data } = await answerOf(
            context.client.GET('/catalogue/overlap/requests/{requestId}', { params, headers: bearer(context.cast.secretary.token) }),
            [200, 404],
          );
          // A 404 (not computed yet) has no body of the report's type.
          const report = data as typeof data | undefined;
          return report?.systems ? report : undefined;
        },
        context.timeoutMs,
      );
      const expected = `AP-${runIdOf(context)}-01`;
      const top = report.systems[0];
      if (top?.ref !== expected) throw new Error(`expected ${expected} first, the report has ${top?.ref ?? 'no system'}`);
      await answerOf(
        context.client.GET('/catalogue/overlap/requests/{requestId}', { params, headers: bearer(context.cast.signatory.token) }),
        403,
      );
      context.detail(`${report.automated.notice.en} Method ${report.automated.method.name} ${report.automated.method.version}.`);
      context.detail(`first: ${top.ref} «${top.titleRu}» (${top.agency.name}), score ${top.score}`);
      for (const term of top.reasons.terms) {
        context.detail(
          `  ${term.concept}: «${term.request?.words}» (${term.request?.language}) ↔ «${term.match?.words}» (${term.match?.language})`,
        );
      }
      const precedent = report.precedents[0];
      if (precedent)
        context.detail(
          `beside it, precedent ${String(precedent.details.decisionNumber)}: ${String(precedent.details.outcome)}, score ${precedent.score}`,
        );
      return `${count(report.systems.length, 'system')}, ${count(report.requests.length, 'request')} of other agencies, ${count(report.precedents.length, 'precedent')}; refused to the agency (403)`;
    },
  },
];
