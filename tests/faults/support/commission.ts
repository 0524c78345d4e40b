import { DataSource } from 'typeorm';
import { almatyToday, eventually } from '../../support/fixtures';
import { Api } from '../../support/http-client';
import { Actors, expectDone } from './traffic';

let meetings = 0;

/**
 * A meeting for one request, everyone votes for, the chair closes the item and issues the
 * decision. A create whose answer a fault cut off is found by what it created (the protocol
 * number, the meeting's item for the request) rather than made twice.
 */
export async function decideOnMeeting(api: Api, dataSource: DataSource, actors: Actors, requestId: string): Promise<void> {
  const { secretary, board } = actors;
  meetings += 1;
  const protocolNumber = `faults-${process.pid}-${meetings}`;
  const created = await api('POST', '/review/meetings', {
    token: secretary,
    body: { date: almatyToday(), protocolNumber, members: board.roster },
  });
  const meetingId = created.status === 201 ? (created.body.id as string) : await meetingByProtocol(dataSource, protocolNumber, created);
  const attendance = { present: board.roster.map((member) => member.id) };
  expectDone('attendance', await api('POST', `/review/meetings/${meetingId}/attendance`, { token: secretary, body: attendance }), [200]);
  const placed = await api('POST', `/review/meetings/${meetingId}/agenda`, { token: secretary, body: { requestId } });
  const itemId = placed.status === 201 ? (placed.body.id as string) : await itemOf(dataSource, meetingId, requestId, placed);
  for (const token of [board.chair, ...Object.values(board.members)]) {
    expectDone('vote', await api('POST', `/review/agenda-items/${itemId}/votes`, { token, body: { choice: 'for' } }), [201]);
  }
  expectDone('close', await api('POST', `/review/agenda-items/${itemId}/close`, { token: board.chair, body: {} }), [200, 201]);
  const decision = {
    outcome: 'approved',
    validUntil: '2040-12-31',
    reasoning: { kk: 'Платформада құру мүмкін емес.', ru: 'Создание на платформе невозможно.' },
    chairPosition: 'Председатель Комиссии',
  };
  expectDone('decision', await api('POST', `/review/agenda-items/${itemId}/decision`, { token: board.chair, body: decision }), [201]);
}

async function meetingByProtocol(
  dataSource: DataSource,
  protocolNumber: string,
  response: { status: number; body: unknown },
): Promise<string> {
  const [row] = (await dataSource.query('SELECT id FROM review.meetings WHERE protocol_number = $1', [protocolNumber])) as { id: string }[];
  if (!row) throw new Error(`meeting: ${response.status} ${JSON.stringify(response.body)}`);
  return row.id;
}

async function itemOf(
  dataSource: DataSource,
  meetingId: string,
  requestId: string,
  response: { status: number; body: unknown },
): Promise<string> {
  return eventually(async () => {
    const [row] = (await dataSource.query('SELECT id FROM review.agenda_items WHERE meeting_id = $1 AND request_id = $2', [
      meetingId,
      requestId,
    ])) as { id: string }[];
    if (!row && response.status !== 409) throw new Error(`agenda: ${response.status} ${JSON.stringify(response.body)}`);
    return row?.id;
  }, 5_000);
}
