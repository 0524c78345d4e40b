import { AUDIT_ERRORS } from '@qaztech/audit';
import { CATALOGUE_ERRORS } from '@qaztech/catalogue';
import { INTAKE_ERRORS } from '@qaztech/intake';
import { ErrorCatalog, PLATFORM_ERRORS, SIGNATURE_ERROR_SET } from '@qaztech/platform';
import { REGISTRY_ERRORS } from '@qaztech/registry';
import { REVIEW_ERRORS } from '@qaztech/review';

const SETS = [PLATFORM_ERRORS, SIGNATURE_ERROR_SET, INTAKE_ERRORS, REVIEW_ERRORS, REGISTRY_ERRORS, AUDIT_ERRORS, CATALOGUE_ERRORS];

describe('the error codes of every context', () => {
  it('register side by side, as the standalone service registers them: each code has one owner and every language', () => {
    expect(() => new ErrorCatalog(...SETS)).not.toThrow();
  });
});
