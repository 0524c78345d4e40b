import { SigningRole } from './demo-signer';
import { Person } from './cast';
import { waitFor } from './demo-client';
import { DemoContext, DemoStep } from './demo-context';
import { RESUBMIT_STEP, waitForIntakeStatus } from './intake-steps';

/** The open task of a stage for the request's version, once review has opened it. */
async function liveTask(context: DemoContext, person: Person, stage: string, version: number): Promise<{ id: string }> {
  return waitFor(
    `the ${stage} task for version ${version}`,
    async () => {
      const queue = await context.api('GET', `/review/queues/${stage}?requestId=${context.requestId()}`, { token: person.token });
      return queue.body.items.find((task: { version: number }) => task.version === version);
    },
    context.timeoutMs,
  );
}

async function claimed(context: DemoContext, person: Person, stage: string, version: number): Promise<string> {
  const task = await liveTask(context, person, stage, version);
  await context.api('POST', `/review/tasks/${task.id}/claim`, { token: person.token, expect: 200 });
  return task.id;
}

const REMARKS = [
  {
    field: 'justification.alternativesAssessed',
    remark: 'Опишите, почему не подходит сервис уведомлений QazTech. QazTech хабарландыру сервисінің неге сәйкес келмейтінін көрсетіңіз.',
  },
];

function opinionStep(kind: 'technical' | 'security' | 'legal', verdict: string, findings: string, conditions: string[] = []): DemoStep {
  return {
    name: `${kind} opinion`,
    async run(context) {
      const expert = context.cast.experts[kind];
      const taskId = await claimed(context, expert, kind, 2);
      const body = { version: 2, verdict, findings, proposedConditions: conditions };
      const path = `/review/tasks/${taskId}/opinion`;
      const { signature } = await context.signer.signatureFor(
        context.api,
        expert.token,
        expert.role as SigningRole,
        `${path}/signing-document`,
        body,
      );
      await context.api('POST', path, { token: expert.token, body: { ...body, signature }, expect: 201 });
      return `${expert.name}: ${verdict}${conditions.length > 0 ? ` (${conditions.length} condition)` : ''} on version 2`;
    },
  };
}

export const SCREENING_STEPS: DemoStep[] = [
  {
    name: 'screening: return for revision',
    async run(context) {
      const secretary = context.cast.secretary;
      const taskId = await claimed(context, secretary, 'screening', 1);
      await context.api('POST', `/review/tasks/${taskId}/return`, { token: secretary.token, body: { remarks: REMARKS }, expect: 200 });
      return `${secretary.name} returned version 1 with ${REMARKS.length} remark`;
    },
  },
  RESUBMIT_STEP,
  {
    name: 'screening: accept',
    async run(context) {
      const secretary = context.cast.secretary;
      const taskId = await claimed(context, secretary, 'screening', 2);
      await context.api('POST', `/review/tasks/${taskId}/accept`, { token: secretary.token, expect: 200 });
      await waitForIntakeStatus(context, 'expert_review');
      return 'version 2 is complete; three expert tasks opened';
    },
  },
  opinionStep('technical', 'supports', 'Управление сиренами и Cell Broadcast на платформе QazTech не реализуемо.'),
  opinionStep('security', 'supports_with_conditions', 'Требуется изолированный контур и аттестация.', [
    'Пройти испытания на соответствие требованиям ИБ в Государственной технической службе',
  ]),
  opinionStep('legal', 'supports', 'Основания соответствуют указу; правовых препятствий нет.'),
];
