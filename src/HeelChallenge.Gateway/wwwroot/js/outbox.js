// Sets waiting to reach the server. Each keeps the setId it was given when its form opened, so however many times
// a send is retried (lost answer, offline, server restart), the server stores it once: same setId + same body = 200.
import { api, ApiError } from './api.js';
import { describe } from './forms.js';

const MAX_DELAY_MS = 15000;
let storageKey = null;
let items = [];
let timer = 0;
let flushing = false;
const listeners = new Set();

function persist() {
  if (storageKey) sessionStorage.setItem(storageKey, JSON.stringify(items));
}

function notify(event) {
  for (const listener of listeners) listener(items, event);
}

export function onOutboxChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function pending() { return items; }

/** Loads the queue of the signed-in user (kept for the tab's life) and resumes sending. */
export function openOutbox(userId) {
  clearTimeout(timer);
  storageKey = userId ? `hc.outbox.${userId}` : null;
  try { items = storageKey ? JSON.parse(sessionStorage.getItem(storageKey) ?? '[]') : []; } catch { items = []; }
  for (const item of items) { item.sending = false; item.nextAt = 0; }
  notify({ type: 'opened' });
  if (items.some((item) => item.state === 'pending')) flush();
}

/** A random v4 UUID; getRandomValues also works outside secure contexts, unlike crypto.randomUUID. */
export function newSetId() {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Sends a set now. Resolves {pending: false} when stored, {pending: true} when the network or server failed
 * transiently (it stays queued and is retried with the same setId). Rejects with the ApiError when the server
 * refused it (nothing was stored, so the form can show the problem and send again).
 */
export async function submit(body) {
  const item = { setId: body.setId, body, state: 'pending', attempts: 0, error: null, nextAt: 0 };
  items.push(item);
  persist();
  notify({ type: 'queued', setId: body.setId });
  const error = await sendOne(item);
  if (item.state === 'failed') {
    dismiss(item.setId);
    throw error;
  }
  if (error) flush();
  return { pending: Boolean(error) };
}

export function dismiss(setId) {
  items = items.filter((item) => item.setId !== setId);
  persist();
  notify({ type: 'dismissed', setId });
}

export function retryNow() {
  for (const item of items) item.nextAt = 0;
  flush();
}

async function sendOne(item) {
  item.attempts += 1;
  item.sending = true;
  try {
    const set = await api('POST', '/api/me/sets', { body: item.body, idempotent: true, retries: 0 });
    items = items.filter((other) => other !== item);
    persist();
    notify({ type: 'logged', setId: item.setId, body: item.body, set });
    return null;
  } catch (error) {
    if (error instanceof ApiError && error.transient) {
      const backoff = error.retryAfter ? error.retryAfter * 1000 : Math.min(1000 * 2 ** (item.attempts - 1), MAX_DELAY_MS);
      item.nextAt = Date.now() + backoff;
      item.error = error.network ? 'Offline — will retry' : `Server busy (${error.status}) — will retry`;
    } else {
      item.state = 'failed'; // refused (400/409/...): retrying the same body cannot help
      item.error = [describe(error), ...Object.values(error.fields ?? {})].join(' ');
    }
    persist();
    notify({ type: item.state === 'failed' ? 'failed' : 'retrying', setId: item.setId, error });
    return error;
  } finally {
    item.sending = false;
  }
}

export async function flush() {
  if (flushing) return;
  flushing = true;
  clearTimeout(timer);
  try {
    for (const item of [...items]) {
      if (item.state === 'pending' && !item.sending && item.nextAt <= Date.now()) await sendOne(item);
    }
  } finally {
    flushing = false;
  }
  const waiting = items.filter((item) => item.state === 'pending' && !item.sending);
  if (waiting.length) {
    const next = Math.min(...waiting.map((item) => item.nextAt));
    timer = setTimeout(flush, Math.max(50, next - Date.now()));
  }
}

window.addEventListener('online', retryNow);
