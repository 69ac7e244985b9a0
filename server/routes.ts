/**
 * The HTTP routes an express app answers, read from its router: each route
 * with its methods, and each path-mounted middleware (such as /graphql) as
 * GET and POST. Tests walk this list so that a route added later is checked
 * for authentication without anyone remembering to add it to a test.
 */
import type { Express } from 'express';

export interface RouteEntry {
  method: string;
  /** The path pattern as registered, e.g. `/import/:id/errors.csv`. */
  path: string;
}

/** The slice of router internals (express 5 / router 2) this module reads. */
interface Layer {
  rawPath?: string | string[];
  slash?: boolean;
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** Every route the app registers; middleware mounted at a path counts as that path's GET and POST. */
export function listRoutes(app: Express): RouteEntry[] {
  const stack = (app as unknown as { router: { stack: Layer[] } }).router.stack;
  const found = new Map<string, RouteEntry>();
  const add = (method: string, path: string) => found.set(`${method} ${path}`, { method, path });
  const walk = (layers: Layer[], prefix: string) => {
    for (const layer of layers) {
      if (layer.route) {
        for (const path of ([] as string[]).concat(layer.route.path)) {
          for (const method of Object.keys(layer.route.methods)) add(method.toUpperCase(), prefix + path);
        }
        continue;
      }
      const mount = layer.slash ? '' : ([] as string[]).concat(layer.rawPath ?? '')[0];
      if (layer.handle?.stack) walk(layer.handle.stack, prefix + mount);
      else if (mount && mount !== '/') for (const method of ['GET', 'POST']) add(method, prefix + mount);
    }
  };
  walk(stack, '');
  return [...found.values()];
}
