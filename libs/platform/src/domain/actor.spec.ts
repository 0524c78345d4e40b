import { Principal } from '../auth/roles';
import { actorOf, systemActor } from './actor';

const person = (roles: Principal['roles'], agencyBin?: string): Principal => ({ subject: 'u-1', name: 'Айгерим', roles, agencyBin });

describe('actorOf', () => {
  it('records the role the act prefers, whatever order the token lists the roles in', () => {
    const acts = ['agency.submitter', 'agency.signatory'] as const;
    const listedOneWay = actorOf(person(['agency.signatory', 'agency.submitter'], '123456789012'), acts);
    const listedTheOther = actorOf(person(['agency.submitter', 'agency.signatory'], '123456789012'), acts);
    expect(listedOneWay.role).toBe('agency.submitter');
    expect(listedTheOther).toEqual(listedOneWay);
  });

  it('skips the preferred roles the person does not hold', () => {
    expect(actorOf(person(['commission.member', 'commission.secretary']), ['commission.chair', 'commission.member']).role).toBe(
      'commission.member',
    );
  });

  it('falls back to the first role the person holds when the act names none of them', () => {
    expect(actorOf(person(['auditor', 'admin']), ['commission.chair']).role).toBe('auditor');
    expect(actorOf(person([]), ['commission.chair']).role).toBe('unknown');
  });

  it('carries the person and their agency, and no agency key for someone who acts for none', () => {
    expect(actorOf(person(['agency.signatory'], '123456789012'), ['agency.signatory'])).toEqual({
      id: 'u-1',
      role: 'agency.signatory',
      name: 'Айгерим',
      agencyBin: '123456789012',
    });
    expect(Object.keys(actorOf(person(['commission.chair']), ['commission.chair']))).toEqual(['id', 'role', 'name']);
  });
});

describe('systemActor', () => {
  it('names the context that acted on its own', () => {
    expect(systemActor('review')).toEqual({ id: 'system', role: 'system', name: 'review' });
  });
});
