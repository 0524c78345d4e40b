import { Injectable, OnApplicationBootstrap, RequestMethod, Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService } from '@nestjs/core';
import { declaredStatusOf } from '../../errors/error-set';
import { ANSWERS_METADATA, AnswerDeclaration, routeStatusOf } from './answers.decorator';
import { DeclaredRoute, declaredRoutes } from './api-document';

// @nestjs/swagger keeps these keys internal; they are the ones its exclusion decorators write.
const EXCLUDED_CONTROLLER = 'swagger/apiExcludeController';
const EXCLUDED_ENDPOINT = 'swagger/apiExcludeEndpoint';

/** Left out of the API description on purpose: HTML pages, probes, development helpers. */
export function isUndocumented(route: Pick<DeclaredRoute, 'controller' | 'handler'>): boolean {
  const controller = Reflect.getMetadata(EXCLUDED_CONTROLLER, route.controller) as unknown[] | undefined;
  const endpoint = Reflect.getMetadata(EXCLUDED_ENDPOINT, route.handler) as { disable?: boolean } | undefined;
  return Boolean(controller?.[0]) || Boolean(endpoint?.disable);
}

function routeName(route: DeclaredRoute): string {
  const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, route.handler) as RequestMethod];
  const path = [Reflect.getMetadata(PATH_METADATA, route.controller), Reflect.getMetadata(PATH_METADATA, route.handler)]
    .flatMap((part) => String(part ?? '').split('/'))
    .filter((segment) => segment.length > 0)
    .join('/');
  return `${method} /${path} (${route.controller.name}.${route.handlerName})`;
}

/**
 * What keeps a route out of the published contract, one line per problem, each naming the route
 * and the fix: no declared answer, an answer whose status is not the one the route sends, a code
 * no error set defines, two routes under one operation id.
 */
export function routeContractProblems(controllers: readonly Type<unknown>[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, DeclaredRoute>();
  for (const route of declaredRoutes(controllers)) {
    if (isUndocumented(route)) continue;
    const name = routeName(route);
    const twin = seen.get(route.operationId);
    if (twin)
      problems.push(`${name}: operation id ${route.operationId} is taken by ${routeName(twin)}; rename the controller or the method`);
    seen.set(route.operationId, route);
    const answers = Reflect.getMetadata(ANSWERS_METADATA, route.handler) as AnswerDeclaration | undefined;
    if (!answers) {
      problems.push(
        `${name} declares no response: add @Answers(SomeView, { errors: [...codes] }) from @qaztech/platform above its route ` +
          'decorator (a view class of its own, never an event payload), or @ApiExcludeEndpoint() if it is not part of the API',
      );
      continue;
    }
    const sent = routeStatusOf(route.handler);
    if (!answers.explicitStatus && answers.status !== sent) {
      problems.push(`${name} answers ${sent} but @Answers declares ${answers.status}: put @Answers above @Post/@HttpCode`);
    }
    for (const code of answers.errors) {
      if (declaredStatusOf(code) === undefined) problems.push(`${name} names the error code ${code}, which no error set defines`);
    }
  }
  return problems;
}

/** Refuses to start an application with a route outside the published contract. */
@Injectable()
export class RouteContractAudit implements OnApplicationBootstrap {
  constructor(private readonly discovery: DiscoveryService) {}

  onApplicationBootstrap(): void {
    const controllers = this.discovery.getControllers().flatMap((wrapper) => (wrapper.metatype ? [wrapper.metatype as Type<unknown>] : []));
    const problems = routeContractProblems(controllers);
    if (problems.length > 0)
      throw new Error(`Routes outside the API contract (docs/api-contract.md):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}
