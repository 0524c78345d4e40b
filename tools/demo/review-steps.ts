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

/**
 * What each expert says about the request's claims (the sample's two reasons: its siren network,
 * which QazTech's production environment cannot carry, and a load the notification service cannot
 * take today): the operator answers each claimed capability and offers the platform where it can
 * serve; the security and legal experts rate each reason.
 */
export const TECHNICAL_CLAIMS = {
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

const RATINGS = {
  security: [
    { reasonIndex: 0, rating: 'supported' },
    { reasonIndex: 1, rating: 'partly', requiredAction: 'Провести нагрузочные испытания на стенде STRESSTEST' },
  ],
  legal: [
    { reasonIndex: 0, rating: 'supported' },
    { reasonIndex: 1, rating: 'supported' },
  ],
};

type Claims = typeof TECHNICAL_CLAIMS | { reasonRatings: { reasonIndex: number; rating: string; requiredAction?: string }[] };

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
  verdict: string,
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
      await context.api('POST', `/review/tasks/${taskId}/opinion`, { token: expert.token, body, expect: 201 });
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
