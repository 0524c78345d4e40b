// verify.mjs — node verify.mjs http://127.0.0.1:3000 QTX-D-2026-0001
// Checks a published decision with nothing but the register's public keys: the signature, then
// that the signed payload is the record shown. Exit status 0: verified; 1: not; 2: bad usage.
import { compactVerify, createLocalJWKSet } from 'jose';

const [base, number] = process.argv.slice(2);
if (!base || !number) {
  console.error('usage: node verify.mjs BASE_URL DECISION_NUMBER');
  process.exit(2);
}

try {
  const jwks = await getJson(`${base}/public/jwks.json`);
  const { record, jws } = await getJson(`${base}/public/decisions/${encodeURIComponent(number)}`);
  const { payload, protectedHeader } = await compactVerify(jws, createLocalJWKSet(jwks));
  const signed = JSON.parse(new TextDecoder().decode(payload));
  const same = JSON.stringify(sortKeys(signed)) === JSON.stringify(sortKeys(record));
  console.log(same ? `OK: ${number} signed by ${protectedHeader.kid}` : `FAILED: ${number}: the record differs from what was signed`);
  process.exit(same ? 0 : 1);
} catch (error) {
  console.error(`FAILED: ${number}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

/** The body of a 200 answer; anything else is an error naming the status and the register's code. */
async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json', 'Accept-Language': 'en' } });
  const body = await response.json().catch(() => undefined);
  if (!response.ok) throw new Error(`${url} answered ${response.status}${body?.code ? ` ${body.code}: ${body.message}` : ''}`);
  return body;
}

function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys(value[key])]),
  );
}
