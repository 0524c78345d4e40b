import { Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';

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
}

function join(...parts: string[]): string {
  const path = parts
    .flatMap((part) => part.split('/'))
    .filter((segment) => segment.length > 0)
    .join('/');
  return `/${path}`;
}

/** The controllers a module declares, with those of the static modules it imports. */
export function controllersOf(module: Type<unknown>, seen = new Set<unknown>()): Type<unknown>[] {
  if (seen.has(module)) return [];
  seen.add(module);
  const own = (Reflect.getMetadata('controllers', module) as Type<unknown>[] | undefined) ?? [];
  const imports = (Reflect.getMetadata('imports', module) as unknown[] | undefined) ?? [];
  const nested = imports
    .filter((entry): entry is Type<unknown> => typeof entry === 'function')
    .flatMap((entry) => controllersOf(entry, seen));
  return [...own, ...nested];
}

/** Every route of a module's controllers, read from Nest's decorators. */
export function routesOf(module: Type<unknown>): Route[] {
  return controllersOf(module).flatMap((controller) => {
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
        },
      ];
    });
  });
}

/** `/requests/:id` as OpenAPI writes it: `/requests/{id}`; a wildcard becomes `{path}`. */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, '{$1}').replace(/\/\*$/, '/{path}');
}
