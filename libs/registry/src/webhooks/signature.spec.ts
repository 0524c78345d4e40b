import { createHmac } from 'node:crypto';
import { secretsInUse, sign, signatureHeader, verifySignatureHeader } from './signature';

describe('webhook signatures', () => {
  const body = '{"publicationId":"p-1","sequence":7}';
  const timestamp = 1_772_000_000;

  it('is HMAC-SHA256 of "timestamp.body" in hex, as any HMAC library computes it', () => {
    const independent = createHmac('sha256', Buffer.from('whsec_test', 'utf8')).update(`${timestamp}.${body}`).digest('hex');
    expect(sign('whsec_test', timestamp, body)).toBe(independent);
    expect(sign('whsec_test', timestamp, body)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('puts one v1 signature per secret in the header, the current secret first', () => {
    const header = signatureHeader(['new', 'old'], timestamp, body);
    expect(header).toBe(`v1=${sign('new', timestamp, body)}, v1=${sign('old', timestamp, body)}`);
  });

  it('verifies with either secret during a rotation, and not with a wrong one', () => {
    const header = signatureHeader(['new', 'old'], timestamp, body);
    expect(verifySignatureHeader(header, 'new', timestamp, body)).toBe(true);
    expect(verifySignatureHeader(header, 'old', timestamp, body)).toBe(true);
    expect(verifySignatureHeader(header, 'other', timestamp, body)).toBe(false);
  });

  it('fails for a changed body or timestamp', () => {
    const header = signatureHeader(['s'], timestamp, body);
    expect(verifySignatureHeader(header, 's', timestamp, body.replace('7', '8'))).toBe(false);
    expect(verifySignatureHeader(header, 's', timestamp + 1, body)).toBe(false);
    expect(verifySignatureHeader('v0=abc, garbage', 's', timestamp, body)).toBe(false);
  });

  it('signs with the previous secret only until its grace period ends', () => {
    const until = new Date('2026-03-02T12:00:00Z');
    const secrets = { secret: 'new', previousSecret: 'old', previousSecretUntil: until };
    expect(secretsInUse(secrets, new Date('2026-03-02T11:59:59Z'))).toEqual(['new', 'old']);
    expect(secretsInUse(secrets, until)).toEqual(['new']);
    expect(secretsInUse({ secret: 'only', previousSecret: null, previousSecretUntil: null }, until)).toEqual(['only']);
  });
});
