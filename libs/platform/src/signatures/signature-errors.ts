import { DomainError } from '../errors/domain-error';
import { AnyErrorCode, defineErrors, ErrorDefinition } from '../errors/error-set';

/** Why a signed act was refused. Clients branch on the code, so a code keeps its meaning forever. */
export type SignatureErrorCode =
  | 'SIGNATURE_MALFORMED'
  | 'SIGNATURE_ALGORITHM_UNSUPPORTED'
  | 'SIGNATURE_CONTENT_MISMATCH'
  | 'SIGNATURE_CHAIN_UNTRUSTED'
  | 'SIGNATURE_CERTIFICATE_NOT_VALID_AT_SIGNING_TIME'
  | 'SIGNATURE_TIMESTAMP_INVALID'
  | 'SIGNATURE_AUTHENTICATION_KEY'
  | 'SIGNATURE_CERTIFICATE_REVOKED'
  | 'SIGNATURE_REVOCATION_STATUS_UNKNOWN'
  | 'SIGNATURE_REVOCATION_UNAVAILABLE'
  | 'SIGNATURE_IIN_MISMATCH'
  | 'SIGNATURE_BIN_MISMATCH'
  | 'SIGNATURE_REQUIRED'
  | 'SIGNATURE_TRUST_NOT_CONFIGURED';

export interface SignatureErrorDefinition {
  code: SignatureErrorCode;
  httpStatus: number;
  messages: { kk: string; ru: string; en: string };
}

export const SIGNATURE_ERRORS: readonly SignatureErrorDefinition[] = [
  {
    code: 'SIGNATURE_MALFORMED',
    httpStatus: 400,
    messages: {
      kk: 'Қолтаңба оқылмады: NCALayer беретін base64 пішіміндегі бөлінген CMS қажет.',
      ru: 'Подпись не читается: нужен отсоединённый CMS в base64, как его возвращает NCALayer.',
      en: 'The signature cannot be read: a detached CMS in base64, as NCALayer returns it, is required.',
    },
  },
  {
    code: 'SIGNATURE_ALGORITHM_UNSUPPORTED',
    httpStatus: 422,
    messages: {
      kk: 'Қолтаңба алгоритміне қолдау жоқ: RSA (SHA-256) немесе ГОСТ 34.10-2015 кілті қажет.',
      ru: 'Алгоритм подписи не поддерживается: нужен ключ RSA (SHA-256) или ГОСТ 34.10-2015.',
      en: 'The signature algorithm is not supported: an RSA (SHA-256) or GOST 34.10-2015 key is required.',
    },
  },
  {
    code: 'SIGNATURE_CONTENT_MISMATCH',
    httpStatus: 422,
    messages: {
      kk: 'Қолтаңба осы құжатқа сәйкес келмейді: құжат қол қойылғаннан кейін өзгерген.',
      ru: 'Подпись не соответствует этому документу: документ изменился после подписания.',
      en: 'The signature does not match this document: it changed after it was signed.',
    },
  },
  {
    code: 'SIGNATURE_CHAIN_UNTRUSTED',
    httpStatus: 422,
    messages: {
      kk: 'Қол қоюшының тіркеу куәлігі сенімді куәландырушы орталыққа дейін тексерілмеді.',
      ru: 'Регистрационное свидетельство подписавшего не восходит к доверенному удостоверяющему центру.',
      en: "The signer's certificate does not chain to a trusted certification authority.",
    },
  },
  {
    code: 'SIGNATURE_CERTIFICATE_NOT_VALID_AT_SIGNING_TIME',
    httpStatus: 422,
    messages: {
      kk: 'Қол қою сәтінде тіркеу куәлігінің мерзімі өтіп кеткен немесе әлі басталмаған.',
      ru: 'На момент подписания срок действия регистрационного свидетельства истёк или ещё не начался.',
      en: 'The certificate was expired, or not yet valid, when the document was signed.',
    },
  },
  {
    code: 'SIGNATURE_TIMESTAMP_INVALID',
    httpStatus: 422,
    messages: {
      kk: 'Қолтаңбадағы уақыт белгісі жарамсыз.',
      ru: 'Метка времени в подписи недействительна.',
      en: 'The timestamp in the signature is not valid.',
    },
  },
  {
    code: 'SIGNATURE_AUTHENTICATION_KEY',
    httpStatus: 422,
    messages: {
      kk: 'Құжатқа аутентификация кілтімен (AUTH_…) қол қойылған: қол қоюға арналған ЭЦҚ кілті қажет.',
      ru: 'Документ подписан ключом аутентификации (AUTH_…): нужен ключ ЭЦП для подписи.',
      en: 'The document was signed with an authentication key (AUTH_…): a signing key is required.',
    },
  },
  {
    code: 'SIGNATURE_CERTIFICATE_REVOKED',
    httpStatus: 422,
    messages: {
      kk: 'Қол қоюшының тіркеу куәлігі кері қайтарылған.',
      ru: 'Регистрационное свидетельство подписавшего отозвано.',
      en: "The signer's certificate has been revoked.",
    },
  },
  {
    code: 'SIGNATURE_REVOCATION_STATUS_UNKNOWN',
    httpStatus: 422,
    messages: {
      kk: 'Куәландырушы орталық бұл тіркеу куәлігін білмейді.',
      ru: 'Удостоверяющий центр не знает этого регистрационного свидетельства.',
      en: 'The certification authority does not know this certificate.',
    },
  },
  {
    code: 'SIGNATURE_REVOCATION_UNAVAILABLE',
    httpStatus: 503,
    messages: {
      kk: 'Тіркеу куәлігінің күйін тексеру мүмкін болмады (OCSP және CRL қолжетімсіз). Кейінірек қайталаңыз.',
      ru: 'Не удалось проверить статус регистрационного свидетельства (OCSP и CRL недоступны). Повторите позже.',
      en: "The certificate's status could not be checked (OCSP and CRL unreachable). Try again later.",
    },
  },
  {
    code: 'SIGNATURE_IIN_MISMATCH',
    httpStatus: 403,
    messages: {
      kk: 'Қолтаңбадағы ЖСН жүйеге кірген адамның ЖСН-імен сәйкес келмейді.',
      ru: 'ИИН в подписи не совпадает с ИИН вошедшего пользователя.',
      en: 'The IIN in the signature is not the signed-in person’s IIN.',
    },
  },
  {
    code: 'SIGNATURE_BIN_MISMATCH',
    httpStatus: 403,
    messages: {
      kk: 'Қолтаңбадағы БСН осы акт үшін күтілген ұйымның БСН-і емес.',
      ru: 'БИН в подписи не совпадает с БИН организации, которая должна подписать этот акт.',
      en: 'The BIN in the signature is not the organisation expected to sign this act.',
    },
  },
  {
    code: 'SIGNATURE_REQUIRED',
    httpStatus: 422,
    messages: {
      kk: 'Бұл актіге ЭЦҚ қойылуы тиіс.',
      ru: 'Этот акт должен быть подписан ЭЦП.',
      en: 'This act must carry a qualified electronic signature.',
    },
  },
  {
    code: 'SIGNATURE_TRUST_NOT_CONFIGURED',
    httpStatus: 503,
    messages: {
      kk: 'Сенімді түбірлік куәліктер бапталмаған: қолтаңбаларды тексеру мүмкін емес.',
      ru: 'Доверенные корневые сертификаты не настроены: подписи проверить нельзя.',
      en: 'No trusted root certificates are configured: signatures cannot be verified.',
    },
  },
];

/** The codes as the platform's error catalog takes them; the platform registers them at boot. */
export const SIGNATURE_ERROR_SET = defineErrors('signatures', {
  errors: Object.fromEntries(
    SIGNATURE_ERRORS.map(({ code, httpStatus, messages }) => [code, { status: httpStatus, ...messages }]),
  ) as Record<SignatureErrorCode, ErrorDefinition>,
});

/**
 * A refusal of a signature. A DomainError, so an HTTP route that lets it through answers with the
 * code's status and message; `detail` says which check failed, for the log, in English.
 */
export class SignatureError extends DomainError {
  constructor(
    readonly signatureCode: SignatureErrorCode,
    readonly detail?: string,
  ) {
    super(SIGNATURE_ERROR_SET.codes[signatureCode]);
    this.name = 'SignatureError';
    if (detail) this.message = `${signatureCode}: ${detail}`;
  }
}

/** The codes a route that takes a signed act can answer with, for its declared contract. */
export const SIGNED_ACT_ERRORS: readonly AnyErrorCode[] = SIGNATURE_ERRORS.map(({ code }) => SIGNATURE_ERROR_SET.codes[code]);
