import { DemoContext, DemoStep } from './demo-context';
import { waitFor } from './demo-client';
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

function runIdOf(context: DemoContext): string {
  return context.cast.admin.id.replace(/^demo-|-admin$/g, '');
}

async function submitDuplicate(context: DemoContext): Promise<{ id: string; registrationNumber: string }> {
  const base = sampleRequest(context.cast.agencyBin);
  // Written in Kazakh only where it counts: the inventory knows the system in Russian only.
  const body = {
    ...base,
    system: {
      ...base.system,
      titleKk: 'Төтенше жағдайлар кезінде халықты хабардар ету жүйесі',
      titleRu: 'Өңірлік хабардар ету жүйесі',
      titleEn: undefined,
      purpose: 'Төтенше жағдай қаупі туралы халықты сиреналар мен ұялы байланыс арқылы хабардар ету.',
    },
  };
  const created = await context.api('POST', '/requests', { token: context.cast.submitter.token, body, expect: 201 });
  for (const kind of ['feasibility_study', 'technical_specification']) {
    const form = new FormData();
    form.append('kind', kind);
    form.append('language', 'kk');
    form.append('classification', 'open');
    form.append('file', samplePdf(kind), `${kind}.pdf`);
    await context.api('POST', `/requests/${created.body.id}/attachments`, { token: context.cast.submitter.token, body: form, expect: 201 });
  }
  const submitted = await context.api('POST', `/requests/${created.body.id}/submit`, { token: context.cast.signatory.token, expect: 200 });
  return { id: created.body.id, registrationNumber: submitted.body.registrationNumber };
}

// The report's JSON, read field by field for the lines below.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Report = any;

/** The inventory, a request that duplicates one of its systems, and the overlap report on it. */
export const OVERLAP_STEPS: DemoStep[] = [
  {
    name: 'import an inventory of existing systems',
    async run(context) {
      const imported = await context.api('POST', '/catalogue/inventory/imports', {
        token: context.cast.admin.token,
        body: {
          source: 'Architecture portal export (demo)',
          format: 'csv',
          content: inventoryCsv(runIdOf(context), context.cast.agencyBin),
        },
        expect: 201,
      });
      const counts = imported.body.counts;
      return `version ${imported.body.version}: ${counts.rows} systems, ${counts.added} added, ${counts.markedMissing} no longer listed (marked, kept)`;
    },
  },
  {
    name: 'submit a request that duplicates one of them',
    async run(context) {
      const duplicate = await submitDuplicate(context);
      context.state.duplicateRequestId = duplicate.id;
      return `${duplicate.registrationNumber}: «Төтенше жағдайлар кезінде халықты хабардар ету жүйесі», in Kazakh only`;
    },
  },
  {
    name: 'read the overlap report',
    async run(context) {
      const path = `/catalogue/overlap/requests/${context.state.duplicateRequestId!}`;
      const report: Report = await waitFor(
        'the overlap report',
        async () => {
          const response = await context.api('GET', path, { token: context.cast.secretary.token, expect: [200, 404] });
          return response.status === 200 ? response.body : undefined;
        },
        context.timeoutMs,
      );
      const expected = `AP-${runIdOf(context)}-01`;
      const top = report.systems[0];
      if (top?.ref !== expected) throw new Error(`expected ${expected} first, the report has ${top?.ref ?? 'no system'}`);
      await context.api('GET', path, { token: context.cast.signatory.token, expect: 403 });
      const terms = top.reasons.terms.map(
        (term: Report) =>
          `${term.concept}: «${term.request?.words}» (${term.request?.language}) ↔ «${term.match?.words}» (${term.match?.language})`,
      );
      context.detail(`${report.automated.notice.en} Method ${report.automated.method.name} ${report.automated.method.version}.`);
      context.detail(`first: ${top.ref} «${top.titleRu}» (${top.agency.name}), score ${top.score}`);
      for (const term of terms) context.detail(`  ${term}`);
      const precedent = report.precedents[0];
      if (precedent) {
        context.detail(`beside it, precedent ${precedent.details.decisionNumber}: ${precedent.details.outcome}, score ${precedent.score}`);
      }
      return `${report.systems.length} systems, ${report.requests.length} requests of other agencies, ${report.precedents.length} precedents; refused to the agency (403)`;
    },
  },
];
