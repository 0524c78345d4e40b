import { Readable } from 'node:stream';
import { verifyNdjson } from '@qaztech/audit';
import { checkExportSignatures } from '../ledger-signatures';
import { answerOf, bearer, waitFor } from './demo-client';
import { DemoContext, DemoStep } from './demo-context';

import { components } from '../api-client/api-schema';

type History = components['schemas']['HistoryAnswer'];

/** The events the story must reach before the auditor reads it. */
function expectedLastEvents(context: DemoContext): string[] {
  return context.state.publicUrl ? ['decision.issued.v1', 'decision.published.v2'] : ['decision.issued.v1'];
}

async function completeHistory(context: DemoContext): Promise<History> {
  return waitFor(
    'the decision in the ledger',
    async () => {
      const { data } = await answerOf(
        context.client.GET('/audit/requests/{requestId}/history', {
          params: { path: { requestId: context.requestId() } },
          headers: bearer(context.cast.auditor.token),
        }),
        [200, 404],
      );
      if (!data) return undefined;
      const types = new Set(data.steps.map((step) => step.type));
      return expectedLastEvents(context).every((type) => types.has(type)) ? data : undefined;
    },
    context.timeoutMs,
  );
}

/** The checkpoint's tree size: the second line of the signed note (C2SP tlog-checkpoint). */
async function checkpointSize(context: DemoContext): Promise<number> {
  const { data } = await answerOf(
    context.client.GET('/audit/log/checkpoint', { headers: bearer(context.cast.auditor.token), parseAs: 'text' }),
    [200, 404],
  );
  return data ? Number(data.split('\n')[1]) : 0;
}

export const AUDIT_STEPS: DemoStep[] = [
  {
    name: 'audit history',
    async run(context) {
      const history = await completeHistory(context);
      if (!history.chain.ok) throw new Error(`the request's chain does not hold: ${history.chain.problem}`);
      for (const step of history.steps) {
        const who = step.actor.name ? `${step.actor.name} (${step.actor.role})` : step.actor.role;
        const version = step.version === null ? '' : ` v${step.version}`;
        context.detail(`#${step.index} ${step.occurredAt} ${step.type}${version}: ${step.what}; ${who}`);
      }
      context.state.lastLedgerIndex = Math.max(...history.steps.map((step) => step.index));
      return `${history.steps.length} steps of ${history.registrationNumber ?? context.requestId()}, chain intact`;
    },
  },
  {
    name: 'ledger verified offline',
    async run(context) {
      const newest = context.state.lastLedgerIndex ?? 0;
      await waitFor(
        'a signed checkpoint over the whole story',
        async () => ((await checkpointSize(context)) > newest ? true : undefined),
        context.timeoutMs,
      );
      const token = context.cast.auditor.token;
      const { data: keyText } = await answerOf(context.client.GET('/audit/log/key', { headers: bearer(token), parseAs: 'text' }));
      const keys = keyText.split('\n').filter((line) => line.trim());
      const exportPath = '/audit/export';
      const response = await fetch(`${context.baseUrlOf(exportPath)}${exportPath}`, { headers: { authorization: `Bearer ${token}` } });
      if (!response.ok || !response.body) throw new Error(`GET ${exportPath} answered ${response.status}`);
      const exported = Buffer.from(await response.arrayBuffer());
      const result = await verifyNdjson([exported], keys);
      if (!result.ok)
        throw new Error(`the export does not verify at entry ${result.firstBadIndex}: ${result.problem?.code} ${result.problem?.message}`);
      const signatures = await checkExportSignatures(Readable.from([exported]), context.signer.trustedRoots());
      const [failure] = signatures.failures;
      if (failure) throw new Error(`the signature at entry ${failure.index} (${failure.act}) does not verify: ${failure.problem}`);
      const checkpoint = result.latestCheckpoint;
      context.detail(
        `${signatures.verified} qualified signatures verified offline against the development root; revocation as the CA answered then`,
      );
      return `${result.entries} entries and ${result.checkpoints} signed checkpoints verify; root ${checkpoint?.rootHash} at size ${checkpoint?.size}`;
    },
  },
];
