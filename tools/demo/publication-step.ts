import { compactVerify, createLocalJWKSet, JSONWebKeySet } from 'jose';
import { isDeepStrictEqual } from 'node:util';
import { answerOf, waitFor } from './demo-client';
import { DemoContext, DemoStep } from './demo-context';
import { sampleRequest } from './sample-request';

import { components } from '../api-client/api-schema';

type PublicDecision = components['schemas']['PublicRecordView'];

/** What the register must never show: the contact person, DSP documents, expert findings. */
function confidentialLeaks(record: unknown, context: DemoContext): string[] {
  const text = JSON.stringify(record);
  const contact = sampleRequest(context.cast.agencyBin).applicant.contactPerson;
  // Besides the applicant's contact, DSP documents and the experts' findings: their ratings and required actions.
  const secrets = [contact.email, contact.phone, 'technical-specification.pdf', 'изолированный контур', 'STRESSTEST', 'partly'];
  return secrets.filter((secret) => text.includes(secret));
}

/** The register's signature over the record, checked with nothing but its public JWKS. */
async function verifySignature(context: DemoContext, published: PublicDecision): Promise<void> {
  const { data: jwks } = await answerOf(context.client.GET('/public/jwks.json'));
  const { payload, protectedHeader } = await compactVerify(published.jws, createLocalJWKSet(jwks as JSONWebKeySet));
  if (protectedHeader.alg !== 'EdDSA') throw new Error(`the signature uses ${protectedHeader.alg}, not EdDSA`);
  if (protectedHeader.kid !== published.kid) throw new Error(`the signature names key ${protectedHeader.kid}, the record ${published.kid}`);
  const signed: unknown = JSON.parse(new TextDecoder().decode(payload));
  // Re-read in this realm: fetch may build its objects with another realm's prototypes (as under Jest).
  const served: unknown = JSON.parse(JSON.stringify(published.record));
  if (!isDeepStrictEqual(signed, served)) throw new Error('the signed payload differs from the served record');
}

export const PUBLICATION_STEP: DemoStep = {
  name: 'publication',
  async run(context) {
    const number = context.state.decisionNumber;
    if (!number) throw new Error('no decision yet');
    const path = `/public/decisions/${encodeURIComponent(number)}`;
    const published: PublicDecision = await waitFor(
      `decision ${number} in the public register`,
      async () => {
        const { data } = await answerOf(context.client.GET('/public/decisions/{number}', { params: { path: { number } } }), [200, 404]);
        return data;
      },
      context.timeoutMs,
      // Public reads are rate-limited per address: poll gently.
      1_000,
    );
    await verifySignature(context, published);
    const leaks = confidentialLeaks(published.record, context);
    if (leaks.length > 0) throw new Error(`the public record shows confidential material: ${leaks.join(', ')}`);
    const missing = (published.record.capabilitiesFoundMissing as { capabilityId: string }[] | undefined) ?? [];
    if (missing.length === 0) throw new Error('the public record lists no capability found missing');
    context.state.publicUrl = `${context.baseUrlOf(path)}${path}`;
    context.detail(`public record: ${context.state.publicUrl}`);
    context.detail(`capabilities found missing: ${missing.map((entry) => entry.capabilityId).join(', ')}`);
    return `${number} is public (register sequence ${published.sequence}); JWS verified against /public/jwks.json (kid ${published.kid})`;
  },
};
