import { applyDecorators, RequestMethod, SetMetadata, Type } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { ApiExtraModels, ApiProduces, ApiResponse } from '@nestjs/swagger';
import { ErrorCode } from '../../errors/error-codes';
import { AnyErrorCode } from '../../errors/error-set';
import { ErrorBodyView } from './error-body.view';

export const ANSWERS_METADATA = 'qaztech:answers';

/** A success body that is not JSON: a feed, a file, a stream, a text. */
export interface MediaAnswer {
  mediaType: string;
  format: 'text' | 'binary';
}

/** `mediaAnswer('text/csv')`: a route's body in a media type of its own. */
export const mediaAnswer = (mediaType: string, format: MediaAnswer['format'] = 'text'): MediaAnswer => ({ mediaType, format });

export type AnswerBody = Type<unknown> | [Type<unknown>] | MediaAnswer;

export interface AnswerOptions {
  /** The success status; by default the route's `@HttpCode`, else 201 for POST and 200 for the rest. */
  status?: number;
  /**
   * The codes the route itself can answer with (its context's, and platform codes such as
   * VALIDATION_FAILED or INVALID_TRANSITION). Authentication, role, rate-limit and server errors are
   * added to the description from the route's access and rate-limit declarations.
   */
  errors?: readonly AnyErrorCode[];
  description?: string;
}

/** What `@Answers` records on a route, read by the start-up check and the API description. */
export interface AnswerDeclaration {
  status: number;
  /** True when the status was given, not read from the route (a handler that sets its own status). */
  explicitStatus: boolean;
  errors: readonly AnyErrorCode[];
}

/** What any route that reads a JSON body can answer before its own code runs. */
export const JSON_BODY_ERRORS: readonly AnyErrorCode[] = [
  ErrorCode.VALIDATION_FAILED,
  ErrorCode.MALFORMED_BODY,
  ErrorCode.UNSUPPORTED_MEDIA_TYPE,
  ErrorCode.PAYLOAD_TOO_LARGE,
];

const REASONS: Record<number, string> = { 200: 'OK', 201: 'Created', 202: 'Accepted' };

function isMedia(body: AnswerBody): body is MediaAnswer {
  return typeof body === 'object' && !Array.isArray(body);
}

/** The status Nest answers a handler with, as its decorators declare it. */
export function routeStatusOf(handler: object): number {
  const code = Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined;
  if (code !== undefined) return code;
  return Reflect.getMetadata(METHOD_METADATA, handler) === RequestMethod.POST ? 201 : 200;
}

/**
 * The contract of a route: what it answers on success (a view class of its own, never an event
 * payload, so an event's new version cannot change the HTTP API) and the error codes it can
 * answer with, each in the one error body. Put it above the route's `@Get`/`@Post`/`@HttpCode`, so
 * it reads the route's status; the start-up check names a route without it or with another status.
 */
export function Answers(body: AnswerBody, options: AnswerOptions = {}): MethodDecorator {
  return (target, key, descriptor) => {
    const handler = descriptor.value as object;
    const status = options.status ?? routeStatusOf(handler);
    const declaration: AnswerDeclaration = { status, explicitStatus: options.status !== undefined, errors: options.errors ?? [] };
    const description = options.description ?? REASONS[status] ?? 'Success';
    const success = isMedia(body)
      ? [
          ApiProduces(body.mediaType),
          ApiResponse({ status, description, content: { [body.mediaType]: { schema: { type: 'string', format: body.format } } } }),
        ]
      : [ApiResponse({ status, description, type: Array.isArray(body) ? body[0] : body, isArray: Array.isArray(body) })];
    applyDecorators(SetMetadata(ANSWERS_METADATA, declaration), ApiExtraModels(ErrorBodyView), ...success)(target, key, descriptor);
  };
}
