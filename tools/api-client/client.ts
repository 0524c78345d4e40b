import createClient, { Client } from 'openapi-fetch';
import { paths } from './api-schema';

/**
 * A client of the whole API, typed by the committed `openapi.json` (through `api-schema.ts`):
 * a call the published contract does not allow, or a read of a field it does not promise, fails
 * to compile. The demo and the end-to-end tests call the system through it.
 */
export type ApiClient = Client<paths>;

/** Where a path is served: one base URL for the whole system, or one per service. */
export type BaseUrlOf = (path: string) => string;

export interface ApiClientOptions {
  baseUrlOf: BaseUrlOf;
  /** Accept-Language of every call; errors answer in it. */
  language?: string;
  timeoutMs?: number;
}

// openapi-fetch needs an absolute base; each request is then sent where `baseUrlOf` says.
const PLACEHOLDER_BASE = 'http://api.invalid';
const methods = new WeakMap<Response, string>();

export function createApiClient(options: ApiClientOptions): ApiClient {
  const client = createClient<paths>({ baseUrl: PLACEHOLDER_BASE });
  client.use({
    async onRequest({ request }) {
      const url = new URL(request.url);
      const headers = new Headers(request.headers);
      headers.set('accept-language', options.language ?? 'ru');
      const body = request.body ? await request.arrayBuffer() : undefined;
      return new Request(`${options.baseUrlOf(url.pathname)}${url.pathname}${url.search}`, {
        method: request.method,
        headers,
        body,
        signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
      });
    },
    onResponse({ request, response }) {
      methods.set(response, request.method);
    },
  });
  return client;
}

/** The Authorization header of a bearer token, for a call's `headers`. */
export const bearer = (token: string): { authorization: string } => ({ authorization: `Bearer ${token}` });

/** An answer the caller did not expect: names the call and what came back. */
export class UnexpectedResponse extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    body: unknown,
  ) {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    super(`${method} ${path} answered ${status}: ${String(text).slice(0, 400)}`);
    this.name = 'UnexpectedResponse';
  }
}

interface Answer {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * The typed body of a successful call, with its response; any other status throws
 * UnexpectedResponse. `expected` narrows success to given statuses (by default any 2xx).
 */
export async function answerOf<A extends Answer>(
  call: Promise<A>,
  expected?: number | readonly number[],
): Promise<{ data: Exclude<A['data'], undefined>; response: Response }> {
  const { data, error, response } = await call;
  const accepted =
    expected === undefined ? response.ok : typeof expected === 'number' ? response.status === expected : expected.includes(response.status);
  if (!accepted) {
    throw new UnexpectedResponse(methods.get(response) ?? 'GET', new URL(response.url).pathname, response.status, error ?? data);
  }
  return { data: data as Exclude<A['data'], undefined>, response };
}
