import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { toArrayBuffer } from '../algorithms/bytes';
import { algorithmsOf, signBytes } from './signing-key';
import { PkiEntity } from './test-pki';

/** A CRL the authority signs, listing the given certificates as revoked at the given times. */
export function issueCrl(
  authority: PkiEntity,
  revoked: readonly { certificate: pkijs.Certificate; at: Date }[],
  thisUpdate: Date,
  nextUpdate: Date,
): Uint8Array {
  const { signature } = algorithmsOf(authority.key);
  const crl = new pkijs.CertificateRevocationList();
  crl.version = 1;
  crl.issuer = authority.certificate.subject;
  crl.thisUpdate = new pkijs.Time({ type: 0, value: thisUpdate });
  crl.nextUpdate = new pkijs.Time({ type: 0, value: nextUpdate });
  if (revoked.length > 0) {
    crl.revokedCertificates = revoked.map(
      ({ certificate, at }) =>
        new pkijs.RevokedCertificate({
          userCertificate: new asn1js.Integer({ valueHex: toArrayBuffer(certificate.serialNumber.valueBlock.valueHexView) }),
          revocationDate: new pkijs.Time({ type: 0, value: at }),
        }),
    );
  }
  crl.signature = signature;
  crl.signatureAlgorithm = signature;
  // The TBS part is the first element of the freshly encoded list (encodeTBS is not public here).
  const tbs = new Uint8Array(crl.toSchema(true).valueBlock.value[0].toBER(false));
  crl.tbsView = tbs;
  crl.signatureValue = new asn1js.BitString({ valueHex: toArrayBuffer(signBytes(authority.key, tbs)) });
  return new Uint8Array(crl.toSchema().toBER(false));
}
