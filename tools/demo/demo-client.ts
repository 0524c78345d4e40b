/** application/json and application/…+json; not NDJSON, which is many documents. */
const JSON_TYPE = /^application\/([\w.-]+\+)?json\b/;

export interface DemoResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Statuses that count as success; anything else fails the step. Default: any 2xx. */
  expect?: number | readonly number[];
}

/** Where a path is served: one base URL for the whole system, or one per service. */
export type BaseUrlOf = (path: string) => string;

/** A request that did not get the answer the step needs: names the call and what came back. */
export class UnexpectedResponse extends Error {
  constructor(method: string, path: string, response: DemoResponse) {
    const body = typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
    super(`${method} ${path} answered ${response.status}: ${body.slice(0, 400)}`);
    this.name = 'UnexpectedResponse';
  }
}

// Bodies are other services' JSON, read field by field where a step needs one; typing each would
// only restate the API description.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type DemoApi = <T = any>(method: string, path: string, options?: CallOptions) => Promise<DemoResponse<T>>;

function accepted(status: number, expect: CallOptions['expect']): boolean {
  if (expect === undefined) return status >= 200 && status < 300;
  return typeof expect === 'number' ? status === expect : expect.includes(status);
}

/** The demo's HTTP client: JSON or multipart in, parsed JSON or text out, a failed call throws. */
export function demoApi(baseUrlOf: BaseUrlOf, language = 'ru'): DemoApi {
  return async function call<T>(method: string, path: string, options: CallOptions = {}): Promise<DemoResponse<T>> {
    const headers: Record<string, string> = { 'accept-language': language, ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: RequestInit['body'];
    if (options.body instanceof FormData || typeof options.body === 'string') body = options.body;
    else if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    const response = await fetch(`${baseUrlOf(path)}${path}`, { method, headers, body, signal: AbortSignal.timeout(60_000) });
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    const parsed = {
      status: response.status,
      headers: response.headers,
      body: (JSON_TYPE.test(type) && text ? JSON.parse(text) : text) as T,
    };
    if (!accepted(parsed.status, options.expect)) throw new UnexpectedResponse(method, path, parsed);
    return parsed;
  };
}

/** Polls until `probe` returns a value; the message says what never happened. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number, intervalMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not seen within ${Math.round(timeoutMs / 1000)} s`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
