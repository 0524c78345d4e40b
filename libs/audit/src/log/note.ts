import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject, sign, verify } from 'node:crypto';

/**
 * C2SP signed-note with Ed25519 keys, in the encodings of golang.org/x/mod/sumdb/note, so that
 * auditors can check our checkpoints with standard tooling.
 */

export type NoteErrorCode = 'malformed-note' | 'unverified-note' | 'invalid-signature' | 'invalid-key';

export class NoteError extends Error {
  constructor(
    readonly code: NoteErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'NoteError';
  }
}

export interface NoteSigner {
  readonly name: string;
  readonly keyId: number;
  /** The matching verifier key, `<name>+<hex keyid>+<base64 key>`. */
  readonly verifierKey: string;
  sign(message: Uint8Array): Buffer;
}

export interface NoteVerifier {
  readonly name: string;
  readonly keyId: number;
  verify(message: Uint8Array, signature: Uint8Array): boolean;
}

export interface NoteSignature {
  name: string;
  keyId: number;
  /** False for signatures by keys the caller did not give; those are reported, never trusted. */
  verified: boolean;
}

const ALG_ED25519 = 0x01;
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const SIGNATURE_PREFIX = '\u2014 ';
const MAX_SIGNATURES = 100;

/** A key name: non-empty, no '+', no whitespace (it is one field of the key and signature lines). */
export function isValidKeyName(name: string): boolean {
  return name.length > 0 && !name.includes('+') && !/\s/u.test(name) && isWellFormed(name);
}

function isWellFormed(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

/** First four bytes of SHA-256(name ‖ "\n" ‖ alg ‖ key), big-endian. */
function keyIdOf(name: string, algAndKey: Buffer): number {
  return createHash('sha256').update(name, 'utf8').update('\n').update(algAndKey).digest().readUInt32BE(0);
}

function hex8(keyId: number): string {
  return keyId.toString(16).padStart(8, '0');
}

/** Standard base64 with padding, in its one canonical spelling. */
function decodeBase64(text: string): Buffer | undefined {
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : undefined;
}

function publicKeyBytes(privateKey: KeyObject): Buffer {
  return createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(SPKI_ED25519_PREFIX.length);
}

function formatVerifierKey(name: string, publicKey: Buffer): string {
  const algAndKey = Buffer.concat([Buffer.from([ALG_ED25519]), publicKey]);
  return `${name}+${hex8(keyIdOf(name, algAndKey))}+${algAndKey.toString('base64')}`;
}

/** A new Ed25519 key pair named `name`, in the note encodings. */
export function generateNoteKey(name: string): { signerKey: string; verifierKey: string } {
  if (!isValidKeyName(name)) throw new NoteError('invalid-key', `"${name}" is not a valid key name`);
  const { privateKey } = generateKeyPairSync('ed25519');
  const seed = privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(PKCS8_ED25519_PREFIX.length);
  const publicKey = publicKeyBytes(privateKey);
  const keyId = keyIdOf(name, Buffer.concat([Buffer.from([ALG_ED25519]), publicKey]));
  const signerKey = `PRIVATE+KEY+${name}+${hex8(keyId)}+${Buffer.concat([Buffer.from([ALG_ED25519]), seed]).toString('base64')}`;
  return { signerKey, verifierKey: formatVerifierKey(name, publicKey) };
}

/** Splits `<name>+<hex8>+<base64>` and checks everything but the key id. */
function parseKey(text: string, what: string): { name: string; keyId: number; key: Buffer } {
  // The base64 key may itself hold '+', so only the first two separate fields.
  const [, name = '', id = '', encoded = ''] = /^([^+]*)\+([^+]*)\+(.*)$/s.exec(text.trim()) ?? [];
  const key = decodeBase64(encoded);
  if (!isValidKeyName(name) || !/^[0-9a-f]{8}$/.test(id) || !key || key.length !== 33 || key[0] !== ALG_ED25519) {
    throw new NoteError('invalid-key', `malformed ${what} key`);
  }
  return { name, keyId: Number.parseInt(id, 16), key: key.subarray(1) };
}

export function signerFromKey(signerKey: string): NoteSigner {
  const prefix = 'PRIVATE+KEY+';
  if (!signerKey.trim().startsWith(prefix)) throw new NoteError('invalid-key', 'a signer key starts with PRIVATE+KEY+');
  const { name, keyId, key: seed } = parseKey(signerKey.trim().slice(prefix.length), 'signer');
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  const publicKey = publicKeyBytes(privateKey);
  if (keyIdOf(name, Buffer.concat([Buffer.from([ALG_ED25519]), publicKey])) !== keyId) {
    throw new NoteError('invalid-key', 'the signer key id does not match its key');
  }
  return { name, keyId, verifierKey: formatVerifierKey(name, publicKey), sign: (message) => sign(null, message, privateKey) };
}

export function verifierFromKey(verifierKey: string): NoteVerifier {
  const { name, keyId, key } = parseKey(verifierKey, 'verifier');
  if (keyIdOf(name, Buffer.concat([Buffer.from([ALG_ED25519]), key])) !== keyId) {
    throw new NoteError('invalid-key', 'the verifier key id does not match its key');
  }
  const publicKey = createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, key]), format: 'der', type: 'spki' });
  return { name, keyId, verify: (message, signature) => signature.length === 64 && verify(null, message, publicKey, signature) };
}

// Go's implementation refuses control characters other than newline, and so do we, so that the
// text an auditor sees is the text that was signed.
function hasForbiddenCharacters(text: string): boolean {
  return /[\u0000-\u0009\u000b-\u001f]/.test(text) || !isWellFormed(text);
}

/** Signs `text` (which ends with a newline) with every signer, one signature line each. */
export function signNote(text: string, signers: readonly NoteSigner[]): string {
  if (!text.endsWith('\n') || hasForbiddenCharacters(text))
    throw new NoteError('malformed-note', 'note text must end with a newline and hold no control characters');
  if (signers.length === 0) throw new NoteError('invalid-key', 'a note needs at least one signer');
  const message = Buffer.from(text, 'utf8');
  const lines = signers.map((signer) => {
    if (!isValidKeyName(signer.name)) throw new NoteError('invalid-key', `"${signer.name}" is not a valid key name`);
    const keyId = Buffer.alloc(4);
    keyId.writeUInt32BE(signer.keyId);
    return `${SIGNATURE_PREFIX}${signer.name} ${Buffer.concat([keyId, signer.sign(message)]).toString('base64')}\n`;
  });
  return `${text}\n${lines.join('')}`;
}

/**
 * Opens a signed note: every signature by a given key must verify, signatures by other keys are
 * listed as unverified, and at least one given key must have signed.
 */
export function openNote(note: string, verifiers: readonly NoteVerifier[]): { text: string; signatures: NoteSignature[] } {
  if (hasForbiddenCharacters(note)) throw new NoteError('malformed-note', 'note holds control characters');
  const split = note.lastIndexOf('\n\n');
  if (split < 0) throw new NoteError('malformed-note', 'note has no signature block');
  const text = note.slice(0, split + 1);
  const block = note.slice(split + 2);
  if (block.length === 0 || !block.endsWith('\n')) throw new NoteError('malformed-note', 'signature block must end with a newline');
  const message = Buffer.from(text, 'utf8');
  const signatures: NoteSignature[] = [];
  const seen = new Set<string>();
  const lines = block.slice(0, -1).split('\n');
  if (lines.length > MAX_SIGNATURES) throw new NoteError('malformed-note', 'note has too many signatures');
  for (const line of lines) {
    const { name, keyId, signature } = parseSignatureLine(line);
    const key = `${name}+${keyId}`;
    if (seen.has(`${key} ${signature.toString('base64')}`)) continue;
    seen.add(`${key} ${signature.toString('base64')}`);
    const verifier = verifiers.find((candidate) => candidate.name === name && candidate.keyId === keyId);
    if (verifier && !verifier.verify(message, signature))
      throw new NoteError('invalid-signature', `signature by ${name}+${hex8(keyId)} does not verify`);
    signatures.push({ name, keyId, verified: verifier !== undefined });
  }
  if (!signatures.some((signature) => signature.verified)) throw new NoteError('unverified-note', 'no known key signed this note');
  return { text, signatures };
}

function parseSignatureLine(line: string): { name: string; keyId: number; signature: Buffer } {
  if (!line.startsWith(SIGNATURE_PREFIX)) throw new NoteError('malformed-note', 'signature line must start with an em dash and a space');
  const fields = line.slice(SIGNATURE_PREFIX.length).split(' ');
  const bytes = fields.length === 2 ? decodeBase64(fields[1]!) : undefined;
  if (!bytes || bytes.length < 5 || !isValidKeyName(fields[0]!)) throw new NoteError('malformed-note', 'malformed signature line');
  return { name: fields[0]!, keyId: bytes.readUInt32BE(0), signature: bytes.subarray(4) };
}
