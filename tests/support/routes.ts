import { RequestMethod, Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ACCESS_METADATA, AccessRule, QUEUE_DASHBOARD_PATH, QueueDashboard } from '@qaztech/platform';

// @nestjs/swagger keeps these keys internal; they are the ones its decorators write.
const EXCLUDED_CONTROLLER = 'swagger/apiExcludeController';
const EXCLUDED_ENDPOINT = 'swagger/apiExcludeEndpoint';

export interface Route {
  method: string;
  /** As Nest declares it: `/requests/:id`. */
  path: string;
  controller: string;
  /** Left out of the API description on purpose (HTML pages, operational endpoints). */
  undocumented: boolean;
  /** Who may call it, as the route or its controller declares. */
  access: AccessRule | undefined;
  /** The controller class and the name of its method that serves the route. */
  controllerType: Type<unknown>;
  handler: string;
}

function join(...parts: string[]): string {
  const path = parts
    .flatMap((part) => part.split('/'))
    .filter((segment) => segment.length > 0)
    .join('/');
  return `/${path}`;
}

type ModuleLike = Type<unknown> | { module: Type<unknown>; controllers?: Type<unknown>[]; imports?: unknown[] };

/** The controllers a module (static or dynamic) declares, with those of the modules it imports. */
export function controllersOf(module: ModuleLike, seen = new Set<unknown>()): Type<unknown>[] {
  if (seen.has(module)) return [];
  seen.add(module);
  const dynamic = typeof module === 'function' ? undefined : module;
  const type = dynamic ? dynamic.module : (module as Type<unknown>);
  const own = [...((Reflect.getMetadata('controllers', type) as Type<unknown>[] | undefined) ?? []), ...(dynamic?.controllers ?? [])];
  const imports = [...((Reflect.getMetadata('imports', type) as unknown[] | undefined) ?? []), ...(dynamic?.imports ?? [])];
  const modules = imports.filter(
    (entry): entry is ModuleLike => typeof entry === 'function' || (typeof entry === 'object' && entry !== null && 'module' in entry),
  );
  return [...own, ...modules.flatMap((entry) => controllersOf(entry, seen))];
}

/** Every route of a module's controllers, read from Nest's decorators. */
export function routesOf(module: ModuleLike): Route[] {
  return routesOfControllers(controllersOf(module));
}

/** Routes as a running application serves them, as `POST /requests/:id/submit`, sorted. */
export function discoverRoutes(app: NestFastifyApplication): string[] {
  return servedRoutes(app)
    .map((route) => `${route.method} ${route.path}`)
    .sort();
}

/** Routes as a running application serves them, with who may call each. */
export function servedRoutes(app: NestFastifyApplication): Route[] {
  const controllers = app
    .get(DiscoveryService)
    .getControllers()
    .flatMap((wrapper) => (wrapper.metatype ? [wrapper.metatype as Type<unknown>] : []));
  return routesOfControllers(controllers);
}

/**
 * What Fastify plugins serve beside Nest's controllers, one `METHOD /mount/*` per method: the
 * queue dashboard's routes all pass one access hook, so one call per method shows who it admits.
 */
export function mountedRoutes(app: NestFastifyApplication): string[] {
  const methods = new Set(
    app
      .get(QueueDashboard)
      .routes()
      .map((route) => route.split(' ')[0]!),
  );
  return [...methods].map((method) => `${method} ${QUEUE_DASHBOARD_PATH}/*`).sort();
}

export const WRITE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];

function routesOfControllers(controllers: Type<unknown>[]): Route[] {
  return controllers.flatMap((controller) => {
    const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
    const excluded = Reflect.getMetadata(EXCLUDED_CONTROLLER, controller) as unknown[] | undefined;
    const prototype = controller.prototype as Record<string, unknown>;
    return Object.getOwnPropertyNames(prototype).flatMap((name) => {
      const handler = prototype[name];
      if (name === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata(PATH_METADATA, handler) === undefined) return [];
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
      const endpointExcluded = Reflect.getMetadata(EXCLUDED_ENDPOINT, handler) as { disable?: boolean } | undefined;
      return [
        {
          method,
          path: join(base, String(Reflect.getMetadata(PATH_METADATA, handler))),
          controller: controller.name,
          undocumented: Boolean(excluded?.[0]) || Boolean(endpointExcluded?.disable),
          access: (Reflect.getMetadata(ACCESS_METADATA, handler) ?? Reflect.getMetadata(ACCESS_METADATA, controller)) as
            AccessRule | undefined,
          controllerType: controller,
          handler: name,
        },
      ];
    });
  });
}

/** `/requests/:id` as OpenAPI writes it: `/requests/{id}`; a wildcard becomes `{path}`. */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, '{$1}').replace(/\/\*$/, '/{path}');
}
