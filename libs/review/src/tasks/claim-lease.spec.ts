import { claimLeaseExpired, leaseCutoff } from './claim-lease';

const NOW = new Date('2026-11-23T10:00:00Z');
const minutesAgo = (minutes: number): Date => new Date(NOW.getTime() - minutes * 60_000);

describe('claimLeaseExpired', () => {
  it.each([
    ['claimed within the lease', 'claimed', minutesAgo(59), false],
    ['claimed exactly a lease ago', 'claimed', minutesAgo(60), true],
    ['claimed longer ago than the lease', 'claimed', minutesAgo(600), true],
    ['claimed in the future (clocks differ)', 'claimed', minutesAgo(-5), false],
    ['open, claimed long ago and released', 'open', minutesAgo(600), false],
    ['done', 'done', minutesAgo(600), false],
    ['cancelled', 'cancelled', minutesAgo(600), false],
    ['claimed with no claim time', 'claimed', null, false],
  ] as const)('%s', (_name, status, claimedAt, expired) => {
    expect(claimLeaseExpired({ status, claimedAt }, NOW, 60)).toBe(expired);
  });

  it('takes fractions of a minute', () => {
    expect(claimLeaseExpired({ status: 'claimed', claimedAt: new Date(NOW.getTime() - 3_000) }, NOW, 0.05)).toBe(true);
    expect(claimLeaseExpired({ status: 'claimed', claimedAt: new Date(NOW.getTime() - 2_000) }, NOW, 0.05)).toBe(false);
  });
});

describe('leaseCutoff', () => {
  it('is the lease before now', () => {
    expect(leaseCutoff(NOW, 90)).toEqual(minutesAgo(90));
  });
});
