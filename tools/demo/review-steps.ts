import { Person } from './cast';
import { answerOf, bearer, waitFor } from './demo-client';
import { DemoContext, DemoStep } from './demo-context';
import { RESUBMIT_STEP, waitForIntakeStatus } from './intake-steps';

/** The open task of a stage for the request's version, once review has opened it. */
type Stage = 'screening' | 'technical' | 'security' | 'legal';

async function liveTask(context: DemoContext, person: Person, stage: Stage, version: number): Promise<{ id: string }> {
  return waitFor(
    `the ${stage} task for version ${version}`,
    async () => {
      const { data: queue } = await answerOf(
        context.client.GET('/review/queues/{stage}', {
          params: { path: { stage }, query: { requestId: context.requestId() } },
          headers: bearer(person.token),
        }),
      );
      return queue.items.find((task) => task.version === version);
    },
    context.timeoutMs,
  );
}

async function claimed(context: DemoContext, person: Person, stage: Stage, version: number): Promise<string> {
  const task = await liveTask(context, person, stage, version);
  await answerOf(
    context.client.POST('/review/tasks/{id}/claim', { params: { path: { id: task.id } }, headers: bearer(person.token) }),
    200,
  );
  return task.id;
}

const REMARKS = [
  {
    field: 'justification.alternativesAssessed',
    remark: 'Опишите, почему не подходит сервис уведомлений QazTech. QazTech хабарландыру сервисінің неге сәйкес келмейтінін көрсетіңіз.',
  },
];

function opinionStep(
  kind: 'technical' | 'security' | 'legal',
  verdict: 'supports' | 'supports_with_conditions' | 'objects',
  findings: string,
  conditions: string[] = [],
): DemoStep {
  return {
    name: `${kind} opinion`,
    async run(context) {
      const expert = context.cast.experts[kind];
      const taskId = await claimed(context, expert, kind, 2);
      const body = { version: 2, verdict, findings, proposedConditions: conditions };
      await answerOf(
        context.client.POST('/review/tasks/{id}/opinion', { params: { path: { id: taskId } }, headers: bearer(expert.token), body }),
        201,
      );
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
      await answerOf(
        context.client.POST('/review/tasks/{id}/return', {
          params: { path: { id: taskId } },
          headers: bearer(secretary.token),
          body: { remarks: REMARKS },
        }),
        200,
      );
      return `${secretary.name} returned version 1 with ${REMARKS.length} remark`;
    },
  },
  RESUBMIT_STEP,
  {
    name: 'screening: accept',
    async run(context) {
      const secretary = context.cast.secretary;
      const taskId = await claimed(context, secretary, 'screening', 2);
      await answerOf(
        context.client.POST('/review/tasks/{id}/accept', { params: { path: { id: taskId } }, headers: bearer(secretary.token) }),
        200,
      );
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
