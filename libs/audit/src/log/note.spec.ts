import { CheckpointError, formatCheckpoint, parseCheckpoint } from './checkpoint';
import { generateNoteKey, NoteError, openNote, signerFromKey, signNote, verifierFromKey } from './note';

// The example of golang.org/x/mod/sumdb/note (package documentation of note.go, "Example", and
// note_test.go): fixed keys and the note they produce. Ed25519 is deterministic, so signing the
// same text must give the same bytes.
const PETER = {
  signerKey: 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz',
  verifierKey: 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW',
  text: "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n",
  signature: '\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n',
};
const PETER_NOTE = `${PETER.text}\n${PETER.signature}`;

function expectNoteError(run: () => unknown, code: string): void {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(NoteError);
    expect((error as NoteError).code).toBe(code);
    return;
  }
  throw new Error(`expected a NoteError ${code}`);
}

describe('signed notes (golang.org/x/mod/sumdb/note)', () => {
  it('reproduces the published PeterNeumann note and key', () => {
    const signer = signerFromKey(PETER.signerKey);
    expect(signer.verifierKey).toBe(PETER.verifierKey);
    expect(signer.keyId).toBe(0xc74f20a3);
    expect(signNote(PETER.text, [signer])).toBe(PETER_NOTE);
  });

  it('opens the published note with the published verifier key', () => {
    const opened = openNote(PETER_NOTE, [verifierFromKey(PETER.verifierKey)]);
    expect(opened).toEqual({ text: PETER.text, signatures: [{ name: 'PeterNeumann', keyId: 0xc74f20a3, verified: true }] });
  });

  it('rejects a tampered text or signature', () => {
    const verifier = verifierFromKey(PETER.verifierKey);
    expectNoteError(() => openNote(PETER_NOTE.replace('cryptography', 'cryptographY'), [verifier]), 'invalid-signature');
    expectNoteError(() => openNote(PETER_NOTE.replace('x08go/', 'x08go+'), [verifier]), 'invalid-signature');
  });

  it('refuses a note no given key signed, and reports unknown signers as unverified', () => {
    const other = generateNoteKey('Other');
    expectNoteError(() => openNote(PETER_NOTE, [verifierFromKey(other.verifierKey)]), 'unverified-note');
    const cosigned = signNote(PETER.text, [signerFromKey(other.signerKey), signerFromKey(PETER.signerKey)]);
    const opened = openNote(cosigned, [verifierFromKey(PETER.verifierKey)]);
    expect(opened.signatures.map(({ name, verified }) => [name, verified])).toEqual([
      ['Other', false],
      ['PeterNeumann', true],
    ]);
  });

  it('carries several signatures through a key rotation', () => {
    const old = generateNoteKey('qaztech.kz/audit');
    const next = generateNoteKey('qaztech.kz/audit');
    const note = signNote('qaztech.kz/audit\n5\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n', [
      signerFromKey(old.signerKey),
      signerFromKey(next.signerKey),
    ]);
    for (const keys of [[old.verifierKey], [next.verifierKey], [old.verifierKey, next.verifierKey]]) {
      expect(openNote(note, keys.map(verifierFromKey)).signatures.filter((signature) => signature.verified)).toHaveLength(keys.length);
    }
  });

  it('generates keys in the documented encodings', () => {
    const { signerKey, verifierKey } = generateNoteKey('example.com/log');
    expect(signerKey).toMatch(/^PRIVATE\+KEY\+example\.com\/log\+[0-9a-f]{8}\+A[A-Za-z0-9+/]{43}$/);
    expect(verifierKey).toMatch(/^example\.com\/log\+[0-9a-f]{8}\+A[A-Za-z0-9+/]{43}$/);
    expect(signerFromKey(signerKey).verifierKey).toBe(verifierKey);
    expect(verifierKey.split('+')[1]).toBe(signerKey.split('+')[3]);
  });

  it.each([
    ['a name with a plus', 'Peter+Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW'],
    ['a name with a space', 'Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW'],
    ['a wrong key id', 'PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW'],
    ['an uppercase key id', 'PeterNeumann+C74F20A3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW'],
    ['another algorithm', 'PeterNeumann+c74f20a3+Alpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW'],
    ['a short key', 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10'],
    ['an empty name', '+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW'],
  ])('rejects a verifier key with %s', (_case, key) => {
    expectNoteError(() => verifierFromKey(key), 'invalid-key');
  });

  it('rejects malformed signer keys', () => {
    expectNoteError(() => signerFromKey(PETER.verifierKey), 'invalid-key');
    expectNoteError(() => signerFromKey(PETER.signerKey.replace('c74f20a3', 'c74f20a4')), 'invalid-key');
    expectNoteError(() => generateNoteKey('has space'), 'invalid-key');
  });

  it.each([
    ['no blank line', `${PETER.text}${PETER.signature}`],
    ['no signatures', `${PETER.text}\n`],
    ['no final newline', PETER_NOTE.slice(0, -1)],
    ['a hyphen instead of an em dash', PETER_NOTE.replace('\u2014', '-')],
    ['a bad base64 signature', PETER_NOTE.replace('AM=', 'A*=')],
    ['a too short signature', `${PETER.text}\n\u2014 PeterNeumann AAAA\n`],
    ['a control character', PETER_NOTE.replace('answer', 'ans\u0007wer')],
    ['an extra field', PETER_NOTE.replace('AM=\n', 'AM= extra\n')],
    ['an empty signature line', `${PETER_NOTE}\n`],
  ])('rejects a note with %s', (_case, note) => {
    expectNoteError(() => openNote(note, [verifierFromKey(PETER.verifierKey)]), 'malformed-note');
  });

  it('refuses to sign text without a final newline or with control characters', () => {
    const signer = signerFromKey(PETER.signerKey);
    expectNoteError(() => signNote('no newline', [signer]), 'malformed-note');
    expectNoteError(() => signNote('tab\there\n', [signer]), 'malformed-note');
    expectNoteError(() => signNote('text\n', []), 'invalid-key');
  });
});

describe('checkpoints (C2SP tlog-checkpoint)', () => {
  const rootHash = Buffer.from('5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328', 'hex');

  it('formats origin, size, base64 root and extension lines', () => {
    const text = formatCheckpoint({ origin: 'qaztech.kz/audit', size: 8, rootHash, extensions: ['time 2026-01-01T00:00:00Z'] });
    expect(text).toBe('qaztech.kz/audit\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\ntime 2026-01-01T00:00:00Z\n');
    expect(parseCheckpoint(text)).toEqual({ origin: 'qaztech.kz/audit', size: 8, rootHash, extensions: ['time 2026-01-01T00:00:00Z'] });
  });

  it('signs and opens as a note', () => {
    const key = generateNoteKey('qaztech.kz/audit');
    const note = signNote(formatCheckpoint({ origin: 'qaztech.kz/audit', size: 0, rootHash }), [signerFromKey(key.signerKey)]);
    expect(parseCheckpoint(openNote(note, [verifierFromKey(key.verifierKey)]).text).size).toBe(0);
  });

  it.each([
    ['a leading zero', 'o\n08\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n'],
    ['a sign', 'o\n+8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n'],
    ['a huge size', 'o\n9007199254740993\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n'],
    ['a short root', 'o\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQw==\n'],
    ['an unpadded root', 'o\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg\n'],
    ['no final newline', 'o\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg='],
    ['an empty origin', '\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n'],
    ['an empty extension line', 'o\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n\n'],
    ['missing lines', 'o\n8\n'],
  ])('rejects a checkpoint with %s', (_case, text) => {
    expect(() => parseCheckpoint(text)).toThrow(CheckpointError);
  });

  it('refuses to format impossible checkpoints', () => {
    expect(() => formatCheckpoint({ origin: 'a\nb', size: 1, rootHash })).toThrow(CheckpointError);
    expect(() => formatCheckpoint({ origin: 'o', size: -1, rootHash })).toThrow(CheckpointError);
    expect(() => formatCheckpoint({ origin: 'o', size: 1, rootHash: rootHash.subarray(1) })).toThrow(CheckpointError);
  });
});
