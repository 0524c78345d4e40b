import { DomainError } from '../errors/domain-error';
import { ErrorCode } from '../errors/error-codes';
import { transition } from './transition';

describe('transition', () => {
  it('answers the status the lifecycle table moves to', () => {
    expect(transition('draft', 'submit')).toBe('submitted');
    expect(transition('returned', 'edit')).toBe('returned');
  });

  it('refuses a move the table does not allow, naming the status and the action', () => {
    let thrown: unknown;
    try {
      transition('published', 'submit');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({ code: ErrorCode.INVALID_TRANSITION, params: { status: 'published', action: 'submit' } });
  });
});
