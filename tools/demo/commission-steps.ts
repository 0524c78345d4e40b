import { Person } from './cast';
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
  outcome: 'approved_with_conditions',
  conditions: [
    {
      text: 'Пройти испытания на соответствие требованиям ИБ в Государственной технической службе до ввода в эксплуатацию',
      owner: 'МЧС РК',
      dueDate: '2028-05-31',
    },
    { text: 'Предусмотреть интеграцию с платформой QazTech через шлюз обмена данными', owner: 'МЧС РК', dueDate: '2028-06-30' },
  ],
  reasoning: {
    kk: 'Сиреналар мен радиоарналарды басқару QazTech платформасында мүмкін емес; жүйе шарттармен келісіледі.',
    ru: 'Управление сиренами и радиоканалами на платформе QazTech невозможно; создание системы согласовано с условиями.',
  },
  validUntil: '2031-12-31',
  chairPosition: 'Председатель Комиссии по цифровизации',
};

export const COMMISSION_STEPS: DemoStep[] = [
  {
    name: 'schedule the meeting',
    async run(context) {
      const secretary = context.cast.secretary.token;
      const protocolNumber = `${context.state.registrationNumber ?? 'QTX'}-П${Date.now() % 100_000}`;
      const body = { date: almatyToday(), protocolNumber, members: roster(context) };
      const meeting = await context.api('POST', '/review/meetings', { token: secretary, body, expect: 201 });
      context.state.meetingId = meeting.body.id;
      const present = body.members.map((member) => member.id);
      await context.api('POST', `/review/meetings/${meeting.body.id}/attendance`, { token: secretary, body: { present }, expect: 200 });
      return `protocol ${protocolNumber} on ${body.date}: the chair and ${context.cast.members.length} members, all present`;
    },
  },
  {
    name: 'place on the agenda',
    async run(context) {
      const body = { requestId: context.requestId() };
      const placed = await context.api('POST', `/review/meetings/${context.state.meetingId}/agenda`, {
        token: context.cast.secretary.token,
        body,
        expect: 201,
      });
      context.state.itemId = placed.body.id;
      await waitForIntakeStatus(context, 'on_agenda');
      const recused = context.cast.members.filter((member) => (placed.body.recused as string[]).includes(member.id));
      return `item ${placed.body.id}; recused: ${recused.map((member) => `${member.name} (applicant's organisation)`).join(', ') || 'none'}`;
    },
  },
  {
    name: 'vote',
    async run(context) {
      const [, ...voters] = context.cast.members;
      const ballots: [Person, string, string?][] = [
        [context.cast.chair, 'for'],
        ...voters.slice(0, -1).map((member): [Person, string] => [member, 'for']),
        [voters.at(-1)!, 'against', 'Следует сначала оценить доработку платформы'],
      ];
      for (const [person, choice, reason] of ballots) {
        const body = reason ? { choice, reason } : { choice };
        await context.api('POST', `/review/agenda-items/${itemId(context)}/votes`, { token: person.token, body, expect: 201 });
      }
      return ballots.map(([person, choice]) => `${person.name}: ${choice}`).join('; ');
    },
  },
  {
    name: 'close the vote',
    async run(context) {
      const closed = await context.api('POST', `/review/agenda-items/${itemId(context)}/close`, {
        token: context.cast.chair.token,
        body: {},
        expect: 200,
      });
      const tally = closed.body.tally;
      return `${closed.body.outcome}: ${tally.for} for, ${tally.against} against, ${tally.recused} recused, quorum ${tally.quorumMet ? 'met' : 'not met'}`;
    },
  },
  {
    name: 'issue the decision',
    async run(context) {
      const path = `/review/agenda-items/${itemId(context)}/decision`;
      const token = context.cast.chair.token;
      const { signature } = await context.signer.signatureFor(context.api, token, 'commission.chair', `${path}/signing-document`, DECISION);
      const issued = await context.api('POST', path, { token, body: { ...DECISION, signature }, expect: 201 });
      context.state.decisionId = issued.body.decisionId;
      context.state.decisionNumber = issued.body.decisionNumber;
      await waitForIntakeStatus(context, 'decided');
      return `${issued.body.decisionNumber}: ${DECISION.outcome}, ${DECISION.conditions.length} conditions, valid until ${DECISION.validUntil}, ЭЦП of the chair`;
    },
  },
  {
    name: 'sign the minutes',
    async run(context) {
      const path = `/review/meetings/${context.state.meetingId}/minutes`;
      const token = context.cast.secretary.token;
      const { signature, digest } = await context.signer.signatureFor(
        context.api,
        token,
        'commission.secretary',
        `${path}/signing-document`,
      );
      const signed = await context.api('POST', `${path}/signature`, { token, body: { signature }, expect: 200 });
      return `minutes ${digest.slice(0, 19)}… signed by ${signed.body.signerName} (secretary)`;
    },
  },
];
