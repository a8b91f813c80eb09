// The only door to the server: the public HTTP API, JSON in and out, RFC 9457 problems turned into ApiError.

const TIMEOUT_MS = 15000;
const RETRYABLE_STATUS = new Set([502, 503, 504]);

let token = null;
let onUnauthorized = () => {};

export function setToken(value) { token = value; }
export function authHeader() { return token ? { Authorization: `Bearer ${token}` } : {}; }
export function whenUnauthorized(handler) { onUnauthorized = handler; }

/** What went wrong, in words a person can act on; fields maps JSON field names to messages. */
export class ApiError extends Error {
  constructor({ status = 0, title, detail, fields = {}, network = false, path = '' }) {
    super(detail || title || 'The request failed.');
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.fields = fields;
    this.network = network;
    this.path = path;
  }

  /** A 404 from a route the server does not have (no field named): the feature is not deployed here yet. */
  get missingEndpoint() { return (this.status === 404 && Object.keys(this.fields).length === 0) || this.status === 405; }

  /** Worth trying again with the same request: the server may never have seen it, or could not answer. */
  get transient() { return this.network || this.status === 429 || RETRYABLE_STATUS.has(this.status); }
}

export const sleep = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

function retryDelay(attempt, error) {
  if (error.retryAfter) return Math.min(error.retryAfter * 1000, 10000);
  return Math.min(300 * 2 ** attempt, 5000);
}

async function toError(response, path) {
  const type = response.headers.get('content-type') ?? '';
  let body = null;
  if (type.includes('json')) {
    try { body = await response.json(); } catch { body = null; }
  }
  const fields = {};
  for (const [name, messages] of Object.entries(body?.errors ?? {})) {
    fields[name] = Array.isArray(messages) ? messages.join(' ') : String(messages);
  }
  const error = new ApiError({
    status: response.status,
    title: body?.title ?? response.statusText,
    detail: body?.detail ?? `The server answered ${response.status} ${response.statusText}.`.replace(' .', '.'),
    fields,
    path,
  });
  const retryAfter = Number(response.headers.get('retry-after'));
  if (retryAfter > 0) error.retryAfter = retryAfter;
  return error;
}

/** One attempt. Throws ApiError for a problem answer and for a network failure (network: true). */
async function once(method, path, options) {
  const { body, anonymous, headers } = options;
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: {
        Accept: 'application/json, application/problem+json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(anonymous ? {} : authHeader()),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
      cache: options.cache ?? 'no-store',
    });
  } catch {
    throw new ApiError({ network: true, path, detail: 'Could not reach the server. Check your connection.' });
  }
  if (response.status === 401 && !anonymous) onUnauthorized();
  if (!response.ok) throw await toError(response, path);
  if (response.status === 204) return null;
  const type = response.headers.get('content-type') ?? '';
  return type.includes('json') ? response.json() : response.text();
}

/**
 * Calls the API. Safe methods retry transient failures by themselves; a POST retries only when the caller says the
 * request is idempotent (e.g. a set with its client-generated setId), because only then can a retry not double-act.
 */
export async function api(method, path, options = {}) {
  const idempotent = options.idempotent ?? method !== 'POST';
  const retries = options.retries ?? (idempotent ? 2 : 0);
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await once(method, path, options);
    } catch (error) {
      if (!(error instanceof ApiError) || !error.transient || attempt >= retries) throw error;
      await sleep(retryDelay(attempt, error));
    }
  }
}

export const get = (path, options) => api('GET', path, options);
export const post = (path, body, options) => api('POST', path, { ...options, body });
export const del = (path, options) => api('DELETE', path, options);

/** Lists come as {items, nextCursor}; some answers are bare arrays. */
export function itemsOf(page) {
  if (Array.isArray(page)) return page;
  return page?.items ?? [];
}
