import { ErrorCatalog } from './error-catalog';
import { PLATFORM_ERRORS } from './error-codes';
import { AnyErrorCode, AnyFieldCode, MessageParams } from './error-set';
import { Language } from './language';

/**
 * The process's catalog: the platform's codes from the start, each context's once its module is
 * built. One per process, because an error's words do not depend on which app instance raised it.
 */
export const errorCatalog = new ErrorCatalog(PLATFORM_ERRORS);

export function errorMessage(code: AnyErrorCode, language: Language, params?: MessageParams): string {
  return errorCatalog.message(code, language, params);
}

export function fieldErrorMessage(code: AnyFieldCode, language: Language, params?: MessageParams): string {
  return errorCatalog.fieldMessage(code, language, params);
}
