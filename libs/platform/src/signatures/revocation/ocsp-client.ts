import { createHash, randomBytes } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { bytesEqual, toArrayBuffer } from '../algorithms/bytes';
import { signatureAlgorithmOf, verifySignatureValue } from '../algorithms/signature-algorithms';
import { issuedBy, validAt } from '../certificates/certificate-chain';
import { extendedKeyUsageOf } from '../certificates/certificate-profile';
import { OID } from '../oids';
import { fetchBytes, RevocationEvidence, RevocationFetchOptions, RevocationSourceFailed } from './revocation-evidence';

const sha1 = (data: Uint8Array) => new Uint8Array(createHash('sha1').update(data).digest());

/** RFC 6960 CertID with SHA-1, the hash every OCSP responder (NCA RK's and OpenSSL's) answers to. */
function certIdOf(certificate: pkijs.Certificate, issuer: pkijs.Certificate): pkijs.CertID {
  return new pkijs.CertID({
    hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha1, algorithmParams: new asn1js.Null() }),
    issuerNameHash: new asn1js.OctetString({ valueHex: toArrayBuffer(sha1(new Uint8Array(issuer.subject.toSchema().toBER(false)))) }),
    issuerKeyHash: new asn1js.OctetString({
      valueHex: toArrayBuffer(sha1(issuer.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView)),
    }),
    serialNumber: certificate.serialNumber,
  });
}

export function buildOcspRequest(certificate: pkijs.Certificate, issuer: pkijs.Certificate, nonce: Uint8Array): Uint8Array {
  const request = new pkijs.OCSPRequest();
  request.tbsRequest.requestList = [new pkijs.Request({ reqCert: certIdOf(certificate, issuer) })];
  const nonceValue = new asn1js.OctetString({ valueHex: toArrayBuffer(nonce) });
  request.tbsRequest.requestExtensions = [new pkijs.Extension({ extnID: OID.ocspNonce, extnValue: nonceValue.toBER(false) })];
  return new Uint8Array(request.toSchema(true).toBER(false));
}

function sameCertId(left: pkijs.CertID, right: pkijs.CertID): boolean {
  return (
    left.hashAlgorithm.algorithmId === right.hashAlgorithm.algorithmId &&
    bytesEqual(left.issuerNameHash.valueBlock.valueHexView, right.issuerNameHash.valueBlock.valueHexView) &&
    bytesEqual(left.issuerKeyHash.valueBlock.valueHexView, right.issuerKeyHash.valueBlock.valueHexView) &&
    left.serialNumber.isEqual(right.serialNumber)
  );
}

/** The issuer itself, or a responder certificate the issuer delegated OCSP signing to (RFC 6960 4.2.2.2). */
function responderKeys(basic: pkijs.BasicOCSPResponse, issuer: pkijs.Certificate, now: Date): pkijs.Certificate[] {
  const delegated = (basic.certs ?? []).filter(
    (candidate) => extendedKeyUsageOf(candidate).includes(OID.ekuOcspSigning) && validAt(candidate, now) && issuedBy(candidate, issuer),
  );
  return [issuer, ...delegated];
}

function signedByResponder(basic: pkijs.BasicOCSPResponse, issuer: pkijs.Certificate, now: Date): boolean {
  const tbs = basic.tbsResponseData.tbsView;
  const signature = basic.signature.valueBlock.valueHexView;
  return responderKeys(basic, issuer, now).some((responder) => {
    try {
      const algorithm = signatureAlgorithmOf(basic.signatureAlgorithm.algorithmId, undefined, responder.subjectPublicKeyInfo);
      return verifySignatureValue(algorithm, responder.subjectPublicKeyInfo, tbs, signature);
    } catch {
      return false;
    }
  });
}

function echoedNonce(basic: pkijs.BasicOCSPResponse): Uint8Array | undefined {
  const extension = basic.tbsResponseData.responseExtensions?.find((candidate) => candidate.extnID === OID.ocspNonce);
  if (!extension) return undefined;
  const inner = asn1js.fromBER(extension.extnValue.valueBlock.valueHexView).result;
  return inner instanceof asn1js.OctetString
    ? new Uint8Array(inner.valueBlock.valueHexView)
    : new Uint8Array(extension.extnValue.valueBlock.valueHexView);
}

const STATUS_BY_TAG = ['good', 'revoked', 'unknown'] as const;

/** Reads and authenticates an OCSP answer about `certificate`; throws RevocationSourceFailed when it cannot be relied on. */
export function readOcspResponse(
  der: Uint8Array,
  certificate: pkijs.Certificate,
  issuer: pkijs.Certificate,
  nonce: Uint8Array | undefined,
  now: Date,
): Omit<RevocationEvidence, 'url'> {
  let basic: pkijs.BasicOCSPResponse;
  try {
    const response = pkijs.OCSPResponse.fromBER(toArrayBuffer(der));
    if (response.responseStatus.valueBlock.valueDec !== 0 || response.responseBytes?.responseType !== OID.ocspBasic) {
      throw new Error(`responder status ${response.responseStatus.valueBlock.valueDec}`);
    }
    basic = pkijs.BasicOCSPResponse.fromBER(toArrayBuffer(response.responseBytes.response.valueBlock.valueHexView));
  } catch (error) {
    throw new RevocationSourceFailed(`OCSP answer unreadable: ${(error as Error).message}`);
  }
  if (!signedByResponder(basic, issuer, now)) throw new RevocationSourceFailed('OCSP answer not signed by the issuer or its responder');
  const echoed = echoedNonce(basic);
  if (nonce && echoed && !bytesEqual(echoed, nonce)) throw new RevocationSourceFailed('OCSP answer to another request');
  const wanted = certIdOf(certificate, issuer);
  const single = basic.tbsResponseData.responses.find((candidate) => sameCertId(candidate.certID, wanted));
  if (!single) throw new RevocationSourceFailed('OCSP answer does not name the certificate');
  if (single.nextUpdate && single.nextUpdate.getTime() < now.getTime()) throw new RevocationSourceFailed('OCSP answer out of date');
  const status = STATUS_BY_TAG[(single.certStatus as asn1js.BaseBlock).idBlock.tagNumber] ?? 'unknown';
  const revokedTime = status === 'revoked' ? (single.certStatus as asn1js.Constructed).valueBlock.value[0] : undefined;
  return {
    source: 'ocsp',
    status,
    response: der,
    producedAt: basic.tbsResponseData.producedAt,
    ...(revokedTime instanceof asn1js.GeneralizedTime ? { revokedAt: revokedTime.toDate() } : {}),
  };
}

/** Asks one OCSP responder about `certificate` over HTTP POST. */
export async function queryOcsp(
  url: string,
  certificate: pkijs.Certificate,
  issuer: pkijs.Certificate,
  options: RevocationFetchOptions,
): Promise<RevocationEvidence> {
  const nonce = new Uint8Array(randomBytes(16));
  const body = buildOcspRequest(certificate, issuer, nonce);
  const der = await fetchBytes(url, { method: 'POST', headers: { 'content-type': 'application/ocsp-request' }, body }, options.timeoutMs);
  return { ...readOcspResponse(der, certificate, issuer, nonce, options.now), url };
}
