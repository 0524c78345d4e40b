/** What a revocation check found, and the answer it found it in, to be kept with the signature. */
export interface RevocationEvidence {
  source: 'ocsp' | 'crl';
  status: 'good' | 'revoked' | 'unknown';
  /** The DER of the OCSP response or of the CRL, as the CA sent it. */
  response: Uint8Array;
  url: string;
  /** When the CA produced the answer (OCSP producedAt, CRL thisUpdate). */
  producedAt: Date;
  revokedAt?: Date;
}

/** The CA could not be asked, or its answer cannot be relied on: try the next source. */
export class RevocationSourceFailed extends Error {}

export interface RevocationFetchOptions {
  timeoutMs: number;
  now: Date;
}

/** One HTTP exchange with a CA, bounded by the timeout; any failure means the source failed. */
export async function fetchBytes(url: string, init: RequestInit, timeoutMs: number): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    // fetch says only "fetch failed"; the cause names the refusal, reset or timeout.
    const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
    throw new RevocationSourceFailed(`${url}: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
  }
  if (!response.ok) throw new RevocationSourceFailed(`${url}: HTTP ${response.status}`);
  try {
    return new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    throw new RevocationSourceFailed(`${url}: ${(error as Error).message}`);
  }
}
