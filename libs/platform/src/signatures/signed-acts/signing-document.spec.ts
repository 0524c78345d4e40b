import { createHash } from 'node:crypto';
import { signingDocumentOf } from './signing-document';

describe('signingDocumentOf', () => {
  it('is the canonical JSON of the act, its ids and its content, with the digest of those bytes', () => {
    const document = signingDocumentOf('review.revocation', { decisionId: 'd-1' }, { reasons: 'Условия не выполнены' });
    expect(document.bytes.toString('utf8')).toBe(
      '{"act":"review.revocation","content":{"reasons":"Условия не выполнены"},"decisionId":"d-1"}',
    );
    expect(document.digest).toBe(`sha256:${createHash('sha256').update(document.bytes).digest('hex')}`);
  });

  it('does not depend on key order, and leaves out what JSON leaves out', () => {
    const one = signingDocumentOf('review.opinion', { taskId: 't' }, { verdict: 'supports', version: 2, note: undefined });
    const other = signingDocumentOf('review.opinion', { taskId: 't' }, { version: 2, verdict: 'supports' });
    expect(one.digest).toBe(other.digest);
  });

  it('takes a class instance as the JSON it would be sent as', () => {
    class Body {
      constructor(readonly reasons: string) {}
    }
    expect(signingDocumentOf('a', {}, new Body('x')).digest).toBe(signingDocumentOf('a', {}, { reasons: 'x' }).digest);
  });

  it('changes with any change of the content, however small', () => {
    const before = signingDocumentOf('request.submission', { requestId: 'r' }, { budget: { amountKzt: '100.00' } });
    const after = signingDocumentOf('request.submission', { requestId: 'r' }, { budget: { amountKzt: '100.01' } });
    expect(before.digest).not.toBe(after.digest);
  });
});
