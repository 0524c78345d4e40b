import { components } from '../api-client/api-schema';
import { SigningRole } from './demo-signer';
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

/**
 * What each expert says about the request's claims (the sample's two reasons: its siren network,
 * which QazTech's production environment cannot carry, and a load the notification service cannot
 * take today): the operator answers each claimed capability and offers the platform where it can
 * serve; the security and legal experts rate each reason.
 */
type OpinionClaims = Pick<components['schemas']['SubmitOpinionDto'], 'gapAnswers' | 'counterOffer' | 'reasonRatings'>;

export const TECHNICAL_CLAIMS: Required<Pick<OpinionClaims, 'gapAnswers' | 'counterOffer'>> = {
  gapAnswers: [
    { reasonIndex: 0, capabilityId: 'env-prod', answer: 'confirmed', note: 'Выделенная радиосеть сирен не подключается к контуру PROD' },
    {
      reasonIndex: 1,
      capabilityId: 'notifications',
      answer: 'available_by',
      availableBy: '2027-09-01',
      note: 'Кластер рассылки на 100 000 сообщений в секунду',
    },
  ],
  counterOffer: {
    capabilities: ['notifications'],
    deliveryDate: '2027-10-01',
    costKzt: '380000000.00',
    terms: 'Рассылка Cell Broadcast и SMS через сервис уведомлений QazTech с SLA 99,95 %',
  },
};

const RATINGS: Record<'security' | 'legal', NonNullable<OpinionClaims['reasonRatings']>> = {
  security: [
    { reasonIndex: 0, rating: 'supported' },
    { reasonIndex: 1, rating: 'partly', requiredAction: 'Провести нагрузочные испытания на стенде STRESSTEST' },
  ],
  legal: [
    { reasonIndex: 0, rating: 'supported' },
    { reasonIndex: 1, rating: 'supported' },
  ],
};

type Claims = typeof TECHNICAL_CLAIMS | Required<Pick<OpinionClaims, 'reasonRatings'>>;

function describeClaims(claims: Claims): string {
  if ('gapAnswers' in claims) {
    const answers = claims.gapAnswers.map(
      (answer) => `${answer.capabilityId}: ${answer.answer}${answer.availableBy ? ` ${answer.availableBy}` : ''}`,
    );
    const offer = claims.counterOffer;
    return `${answers.join(', ')}; counter-offer ${offer.capabilities.join(', ')} by ${offer.deliveryDate} for ${offer.costKzt} KZT`;
  }
  return claims.reasonRatings.map((rating) => `reason ${rating.reasonIndex + 1}: ${rating.rating}`).join(', ');
}

function opinionStep(
  kind: 'technical' | 'security' | 'legal',
  verdict: 'supports' | 'supports_with_conditions' | 'objects',
  findings: string,
  claims: Claims,
  conditions: string[] = [],
): DemoStep {
  return {
    name: `${kind} opinion`,
    async run(context) {
      const expert = context.cast.experts[kind];
      const taskId = await claimed(context, expert, kind, 2);
      const body = { version: 2, verdict, findings, proposedConditions: conditions, ...claims };
      const params = { path: { id: taskId } };
      const { signature } = await context.signer.signatureFor(expert.role as SigningRole, async () => {
        const { data } = await answerOf(
          context.client.POST('/review/tasks/{id}/opinion/signing-document', { params, headers: bearer(expert.token), body }),
          200,
        );
        return data;
      });
      await answerOf(
        context.client.POST('/review/tasks/{id}/opinion', { params, headers: bearer(expert.token), body: { ...body, signature } }),
        201,
      );
      context.detail(describeClaims(claims));
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
  opinionStep(
    'technical',
    'supports_with_conditions',
    'Управление сиренами на платформе QazTech не реализуемо; рассылку оповещений платформа обеспечит к октябрю 2027 года.',
    TECHNICAL_CLAIMS,
  ),
  opinionStep('security', 'supports_with_conditions', 'Требуется изолированный контур и аттестация.', { reasonRatings: RATINGS.security }, [
    'Пройти испытания на соответствие требованиям ИБ в Государственной технической службе',
  ]),
  opinionStep('legal', 'supports', 'Основания соответствуют указу; правовых препятствий нет.', { reasonRatings: RATINGS.legal }),
];
