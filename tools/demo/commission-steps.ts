import { Person } from './cast';
import { answerOf, bearer } from './demo-client';
import { DemoContext, DemoStep } from './demo-context';
import { waitForIntakeStatus } from './intake-steps';

function roster(context: DemoContext) {
  const { chair, members } = context.cast;
  const entry = (person: Person, isChair = false) => ({
    id: person.id,
    name: person.name,
    ...(person.organisationBin ? { organisationBin: person.organisationBin } : {}),
    ...(isChair ? { chair: true } : {}),
  });
  return [entry(chair, true), ...members.map((member) => entry(member))];
}

/** Today in Almaty, the Commission's time zone. */
function almatyToday(): string {
  return new Date(Date.now() + 5 * 3600_000).toISOString().slice(0, 10);
}

function itemId(context: DemoContext): string {
  if (!context.state.itemId) throw new Error('no agenda item yet');
  return context.state.itemId;
}

const DECISION = {
  outcome: 'approved_with_conditions' as const,
  conditions: [
    {
      text: 'Пройти испытания на соответствие требованиям ИБ в Государственной технической службе до ввода в эксплуатацию',
      owner: 'МЧС РК',
      dueDate: '2028-05-31',
    },
    {
      text: 'Рассылку оповещений вести через сервис уведомлений QazTech по встречному предложению оператора платформы',
      owner: 'МЧС РК',
      dueDate: '2028-06-30',
    },
  ],
  reasoning: {
    kk: 'Сиреналар мен радиоарналарды басқару QazTech платформасында мүмкін емес; жүйе шарттармен келісіледі.',
    ru: 'Управление сиренами и радиоканалами на платформе QazTech невозможно; создание системы согласовано с условиями.',
  },
  validUntil: '2031-12-31',
  chairPosition: 'Председатель Комиссии по цифровизации',
  // The siren network is what QazTech lacks; the load on notifications the platform will carry.
  acceptedReasons: [0],
  acceptedGaps: [{ reasonIndex: 0, capabilityId: 'env-prod' }],
};

export const COMMISSION_STEPS: DemoStep[] = [
  {
    name: 'schedule the meeting',
    async run(context) {
      const secretary = context.cast.secretary.token;
      const protocolNumber = `${context.state.registrationNumber ?? 'QTX'}-П${Date.now() % 100_000}`;
      const body = { date: almatyToday(), protocolNumber, members: roster(context) };
      const { data: meeting } = await answerOf(context.client.POST('/review/meetings', { headers: bearer(secretary), body }), 201);
      context.state.meetingId = meeting.id;
      const present = body.members.map((member) => member.id);
      await answerOf(
        context.client.POST('/review/meetings/{id}/attendance', {
          params: { path: { id: meeting.id } },
          headers: bearer(secretary),
          body: { present },
        }),
        200,
      );
      return `protocol ${protocolNumber} on ${body.date}: the chair and ${context.cast.members.length} members, all present`;
    },
  },
  {
    name: 'place on the agenda',
    async run(context) {
      const body = { requestId: context.requestId() };
      if (!context.state.meetingId) throw new Error('no meeting yet');
      const { data: placed } = await answerOf(
        context.client.POST('/review/meetings/{id}/agenda', {
          params: { path: { id: context.state.meetingId } },
          headers: bearer(context.cast.secretary.token),
          body,
        }),
        201,
      );
      context.state.itemId = placed.id;
      await waitForIntakeStatus(context, 'on_agenda');
      const recused = context.cast.members.filter((member) => placed.recused.includes(member.id));
      return `item ${placed.id}; recused: ${recused.map((member) => `${member.name} (applicant's organisation)`).join(', ') || 'none'}`;
    },
  },
  {
    name: 'vote',
    async run(context) {
      const [, ...voters] = context.cast.members;
      const ballots: [Person, 'for' | 'against', string?][] = [
        [context.cast.chair, 'for'],
        ...voters.slice(0, -1).map((member): [Person, 'for'] => [member, 'for']),
        [voters.at(-1)!, 'against', 'Следует сначала оценить доработку платформы'],
      ];
      for (const [person, choice, reason] of ballots) {
        const body = reason ? { choice, reason } : { choice };
        const params = { path: { id: itemId(context) } };
        await answerOf(context.client.POST('/review/agenda-items/{id}/votes', { params, headers: bearer(person.token), body }), 201);
      }
      return ballots.map(([person, choice]) => `${person.name}: ${choice}`).join('; ');
    },
  },
  {
    name: 'close the vote',
    async run(context) {
      const { data: closed } = await answerOf(
        context.client.POST('/review/agenda-items/{id}/close', {
          params: { path: { id: itemId(context) } },
          headers: bearer(context.cast.chair.token),
          body: {},
        }),
        200,
      );
      const tally = closed.tally;
      return `${closed.outcome}: ${tally.for} for, ${tally.against} against, ${tally.recused} recused, quorum ${tally.quorumMet ? 'met' : 'not met'}`;
    },
  },
  {
    name: 'issue the decision',
    async run(context) {
      const params = { path: { id: itemId(context) } };
      const token = context.cast.chair.token;
      const { signature } = await context.signer.signatureFor('commission.chair', async () => {
        const { data } = await answerOf(
          context.client.POST('/review/agenda-items/{id}/decision/signing-document', { params, headers: bearer(token), body: DECISION }),
          200,
        );
        return data;
      });
      const { data: issued } = await answerOf(
        context.client.POST('/review/agenda-items/{id}/decision', { params, headers: bearer(token), body: { ...DECISION, signature } }),
        201,
      );
      context.state.decisionId = issued.decisionId;
      context.state.decisionNumber = issued.decisionNumber;
      await waitForIntakeStatus(context, 'decided');
      const missing = issued.capabilitiesFoundMissing ?? [];
      context.detail(
        `accepted: reason ${DECISION.acceptedReasons.map((index) => index + 1).join(', ')}; found missing: ${missing.map((entry) => `${entry.capabilityId} (${entry.gap})`).join(', ')}`,
      );
      return `${issued.decisionNumber}: ${DECISION.outcome}, ${DECISION.conditions.length} conditions, valid until ${DECISION.validUntil}, ЭЦП of the chair`;
    },
  },
  {
    name: 'sign the minutes',
    async run(context) {
      const params = { path: { id: context.state.meetingId! } };
      const token = context.cast.secretary.token;
      const { signature, digest } = await context.signer.signatureFor('commission.secretary', async () => {
        const { data } = await answerOf(
          context.client.GET('/review/meetings/{id}/minutes/signing-document', { params, headers: bearer(token) }),
        );
        return data;
      });
      const { data: signed } = await answerOf(
        context.client.POST('/review/meetings/{id}/minutes/signature', { params, headers: bearer(token), body: { signature } }),
        200,
      );
      return `minutes ${digest.slice(0, 19)}… signed by ${signed.signerName} (secretary)`;
    },
  },
];
