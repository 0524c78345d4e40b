import { createHmac, timingSafeEqual } from 'node:crypto';

/** The scheme's version, as the prefix of each signature in the header. */
export const SIGNATURE_SCHEME = 'v1';

/** HMAC-SHA256 over `timestamp + "." + body`, lower-case hex. The secret's UTF-8 bytes are the key. */
export function sign(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
}

/** `v1=<hex>` per secret in use, the current one first: `v1=<hex>, v1=<hex>` during a rotation. */
export function signatureHeader(secrets: readonly string[], timestamp: number, body: string): string {
  return secrets.map((secret) => `${SIGNATURE_SCHEME}=${sign(secret, timestamp, body)}`).join(', ');
}

/** What a subscriber does: true when any `v1` signature of the header matches `secret`. */
export function verifySignatureHeader(header: string, secret: string, timestamp: number, body: string): boolean {
  const expected = Buffer.from(sign(secret, timestamp, body), 'utf8');
  return header
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.startsWith(`${SIGNATURE_SCHEME}=`))
    .some((part) => {
      const given = Buffer.from(part.slice(SIGNATURE_SCHEME.length + 1), 'utf8');
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
}

export interface SigningSecrets {
  secret: string;
  previousSecret: string | null;
  previousSecretUntil: Date | null;
}

/** The secrets that sign at `now`: the previous one only until its grace period ends. */
export function secretsInUse(secrets: SigningSecrets, now: Date): string[] {
  const { secret, previousSecret, previousSecretUntil } = secrets;
  const previousValid = previousSecret !== null && previousSecretUntil !== null && previousSecretUntil.getTime() > now.getTime();
  return previousValid ? [secret, previousSecret] : [secret];
}
