import { EventEnvelope } from '@qaztech/contracts';
import { decodeLeaf, LedgerLeafFields } from '../log';
import { chooseLeaf } from './quarantine';

const event = (overrides: Partial<EventEnvelope> = {}): EventEnvelope => ({
  id: '0b6a3e36-0d5c-4f39-9a8e-2f1f6a9e4c11',
  type: 'request.created.v1',
  source: 'intake',
  sequence: 7,
  occurredAt: '2026-11-23T10:00:00.000Z',
  aggregateId: '5d7f1c2e-8b1a-4c55-a0a4-1f0b9c3e7d21',
  actor: { id: 'user-1', role: 'agency.submitter', agencyBin: '940140000385' },
  correlationId: 'c-1',
  payload: {},
  ...overrides,
});

const fieldsOf = (e: EventEnvelope): LedgerLeafFields => ({
  origin: 'test/ledger',
  eventId: e.id,
  type: e.type,
  source: e.source,
  sourceSequence: e.sequence,
  requestId: e.aggregateId,
  actor: { id: e.actor.id, role: e.actor.role, agencyBin: e.actor.agencyBin ?? null },
  occurredAt: e.occurredAt,
  payloadCommitment: 'a'.repeat(64),
  previousRequestLeaf: null,
});

const takenInAt = new Date('2026-11-24T08:30:00.000Z');

describe('chooseLeaf', () => {
  it('takes a sound event as it is', () => {
    const choice = chooseLeaf(event(), fieldsOf, takenInAt);
    expect(choice.quarantined).toBeUndefined();
    expect(decodeLeaf(choice.leaf).actor).toEqual({ id: 'user-1', role: 'agency.submitter', agencyBin: '940140000385' });
  });

  it.each([
    ['an empty actor role', { actor: { id: 'user-1', role: '' } }, /actor id and role/],
    ['an empty agency BIN', { actor: { id: 'user-1', role: 'agency.submitter', agencyBin: '' } }, /agencyBin/],
    ['a malformed time', { occurredAt: '23.11.2026 10:00' }, /occurredAt/],
  ])('keeps %s in its place, marked, with the reason', (_name, overrides, reason) => {
    const choice = chooseLeaf(event(overrides as Partial<EventEnvelope>), fieldsOf, takenInAt);
    expect(choice.quarantined).toMatch(reason);
    const leaf = decodeLeaf(choice.leaf);
    expect(leaf).toMatchObject({ eventId: event().id, source: 'intake', sourceSequence: 7, type: 'request.created.v1' });
  });

  it('dates an event whose time is malformed at the moment the ledger takes it in', () => {
    const choice = chooseLeaf(event({ occurredAt: '23.11.2026 10:00' }), fieldsOf, takenInAt);
    expect(choice.event.occurredAt).toBe('2026-11-24T08:30:00.000Z');
    expect(decodeLeaf(choice.leaf).occurredAt).toBe('2026-11-24T08:30:00.000Z');
  });

  it('lets other errors through', () => {
    expect(() =>
      chooseLeaf(
        event(),
        () => {
          throw new Error('database gone');
        },
        takenInAt,
      ),
    ).toThrow('database gone');
  });
});
