import { INestApplication, RequestMethod, Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { DocumentBuilder, getSchemaPath, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ACCESS_METADATA, AccessRule } from '../../auth/access.decorator';
import { ErrorCode } from '../../errors/error-codes';
import { declaredStatusOf } from '../../errors/error-set';
import { RATE_LIMIT_METADATA } from '../rate-limit/rate-limit.decorator';
import { ANSWERS_METADATA, AnswerDeclaration } from './answers.decorator';
import { ErrorBodyView } from './error-body.view';

export const API_TITLE = 'QazTech Exemptions';
const SECURITY_SCHEME = 'bearer';

const AUTHENTICATION_ERRORS = [
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.TOKEN_EXPIRED,
  ErrorCode.TOKEN_INVALID,
  ErrorCode.TOKEN_LIFETIME_TOO_LONG,
];
const EVERY_ROUTE_ERRORS = [ErrorCode.INTERNAL_ERROR, ErrorCode.SERVICE_UNAVAILABLE];
const WRITE_METHODS = [RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE];

/** A route as its controller declares it: what the API description and the start-up check read. */
export interface DeclaredRoute {
  controller: Type<unknown>;
  handlerName: string;
  handler: object;
  operationId: string;
}

/** `RequestsController_create`: one name per route, the same in the document and the client. */
export const operationIdOf = (controllerName: string, handlerName: string): string => `${controllerName}_${handlerName}`;

/** Every route handler of the given controllers. */
export function declaredRoutes(controllers: readonly Type<unknown>[]): DeclaredRoute[] {
  return controllers.flatMap((controller) => {
    const prototype = controller.prototype as Record<string, unknown>;
    return Object.getOwnPropertyNames(prototype).flatMap((handlerName) => {
      const handler = prototype[handlerName];
      if (handlerName === 'constructor' || typeof handler !== 'function') return [];
      if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) return [];
      return [{ controller, handlerName, handler, operationId: operationIdOf(controller.name, handlerName) }];
    });
  });
}

/** The controllers of every module the application holds. */
export function controllersOf(app: INestApplication): Type<unknown>[] {
  const modules = [...app.get(ModulesContainer).values()];
  const controllers = modules.flatMap((module) => [...module.controllers.values()].map((wrapper) => wrapper.metatype as Type<unknown>));
  return [...new Set(controllers.filter(Boolean))];
}

const metadataOf = <T>(key: string, route: DeclaredRoute): T | undefined =>
  (Reflect.getMetadata(key, route.handler) ?? Reflect.getMetadata(key, route.controller)) as T | undefined;

/** The codes a route can answer with: its own, and those its access and rate limit imply. */
export function errorCodesOf(route: DeclaredRoute): string[] {
  const declared = (Reflect.getMetadata(ANSWERS_METADATA, route.handler) as AnswerDeclaration | undefined)?.errors ?? [];
  const access = metadataOf<AccessRule>(ACCESS_METADATA, route);
  const method = Reflect.getMetadata(METHOD_METADATA, route.handler) as RequestMethod;
  const limited = WRITE_METHODS.includes(method) || metadataOf(RATE_LIMIT_METADATA, route) !== undefined;
  return [
    ...new Set([
      ...declared,
      ...(access?.kind === 'roles' ? [...AUTHENTICATION_ERRORS, ErrorCode.FORBIDDEN] : []),
      ...(limited ? [ErrorCode.RATE_LIMITED] : []),
      ...EVERY_ROUTE_ERRORS,
    ]),
  ].sort();
}

function errorResponse(codes: readonly string[]): object {
  return {
    description: codes.join(', '),
    content: {
      'application/json': {
        schema: {
          allOf: [
            { $ref: getSchemaPath(ErrorBodyView) },
            { type: 'object', required: ['code'], properties: { code: { type: 'string', enum: codes } } },
          ],
        },
      },
    },
  };
}

type Operation = { operationId?: string; security?: object[]; responses?: Record<string, unknown> };

/** Each route's security and error answers, from what its decorators declare. */
function completeOperation(operation: Operation, route: DeclaredRoute): void {
  const access = metadataOf<AccessRule>(ACCESS_METADATA, route);
  operation.security = access?.kind === 'roles' ? [{ [SECURITY_SCHEME]: [] }] : [];
  const byStatus = new Map<number, string[]>();
  for (const code of errorCodesOf(route)) {
    const status = declaredStatusOf(code);
    if (status === undefined) throw new Error(`${route.operationId} declares ${code}, which no error set defines`);
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const responses = { ...operation.responses };
  for (const [status, codes] of byStatus) responses[String(status)] = errorResponse(codes);
  operation.responses = Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)));
}

const sortedByKey = <T>(record: Record<string, T> | undefined): Record<string, T> | undefined =>
  record && Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));

/**
 * The API description of an application, or of the given modules of it: the same input gives
 * the same document byte for byte, which is what `openapi.json` holds and the tests compare.
 */
export function describeApi(app: INestApplication, include?: Type<unknown>[]): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(API_TITLE)
      .setDescription(
        'Exemptions from the QazTech moratorium. Every error has one body (ErrorBodyView: code, message, details, requestId); ' +
          'each operation lists the codes it can answer with, by status.',
      )
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, SECURITY_SCHEME)
      .build(),
    { include, deepScanRoutes: true, operationIdFactory: operationIdOf },
  );
  const routes = new Map(declaredRoutes(controllersOf(app)).map((route) => [route.operationId, route]));
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item) as Operation[]) {
      const route = operation?.operationId ? routes.get(operation.operationId) : undefined;
      if (route) completeOperation(operation, route);
    }
  }
  document.paths = sortedByKey(document.paths)!;
  if (document.components) document.components.schemas = sortedByKey(document.components.schemas);
  return document;
}
