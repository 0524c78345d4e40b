import { issueCrl } from '../dev/crl-builder';
import { createIntermediateAuthority, createRootAuthority, issueSigner } from '../dev/test-pki';
import { readCrl } from './crl-client';
import { RevocationSourceFailed } from './revocation-evidence';

const NOW = new Date('2026-12-05T09:00:00Z');
const HOUR = 3_600_000;
const root = createRootAuthority('Root', 'rsa', NOW);
const issuer = createIntermediateAuthority(root, 'Intermediate', 'rsa', NOW);
const signer = issueSigner(issuer, { subject: { commonName: 'A', iin: '880101300123' }, kind: 'rsa', purpose: 'signing' }, NOW);
const other = issueSigner(issuer, { subject: { commonName: 'B', iin: '880101300123' }, kind: 'rsa', purpose: 'signing' }, NOW);

describe('reading a CRL', () => {
  it('finds a revoked certificate with its revocation time, and keeps the CRL as evidence', () => {
    const revokedAt = new Date(NOW.getTime() - HOUR);
    const crl = issueCrl(issuer, [{ certificate: signer.certificate, at: revokedAt }], NOW, new Date(NOW.getTime() + 24 * HOUR));
    expect(readCrl(crl, signer.certificate, issuer.certificate, NOW)).toMatchObject({
      source: 'crl',
      status: 'revoked',
      revokedAt,
      response: crl,
    });
    expect(readCrl(crl, other.certificate, issuer.certificate, NOW).status).toBe('good');
  });

  it('does not use a CRL past its next update', () => {
    const stale = issueCrl(issuer, [], new Date(NOW.getTime() - 48 * HOUR), new Date(NOW.getTime() - HOUR));
    expect(() => readCrl(stale, signer.certificate, issuer.certificate, NOW)).toThrow(RevocationSourceFailed);
  });

  it('does not use a CRL another authority signed, even under the same name', () => {
    const impostor = createIntermediateAuthority(createRootAuthority('Root', 'rsa', NOW), 'Intermediate', 'rsa', NOW);
    const forged = issueCrl(impostor, [], NOW, new Date(NOW.getTime() + HOUR));
    expect(() => readCrl(forged, signer.certificate, issuer.certificate, NOW)).toThrow(/not signed by the issuer/);
  });

  it('does not use bytes that are not a CRL', () => {
    expect(() => readCrl(new Uint8Array([1, 2, 3]), signer.certificate, issuer.certificate, NOW)).toThrow(RevocationSourceFailed);
  });
});
