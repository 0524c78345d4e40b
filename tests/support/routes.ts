import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';

/** Routes as a running application declares them, from Nest's own metadata: `POST /requests/:id/submit`. */
export function discoverRoutes(app: NestFastifyApplication): string[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const routes: string[] = [];
  for (const wrapper of discovery.getControllers()) {
    const controller = wrapper.metatype as (new (...args: unknown[]) => object) | undefined;
    if (!controller) continue;
    const prefixes = [Reflect.getMetadata(PATH_METADATA, controller) ?? ''].flat() as string[];
    for (const name of scanner.getAllMethodNames(controller.prototype)) {
      const handler = (controller.prototype as Record<string, unknown>)[name] as object;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined) continue;
      for (const prefix of prefixes) {
        for (const path of [Reflect.getMetadata(PATH_METADATA, handler) ?? ''].flat() as string[]) {
          routes.push(`${RequestMethod[method]} /${`${prefix}/${path}`.split('/').filter(Boolean).join('/')}`);
        }
      }
    }
  }
  return routes.sort();
}

export const WRITE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];
