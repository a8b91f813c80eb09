// Who is signed in. The token lives in sessionStorage: it survives a reload, not the tab, and is never in a cookie.
import { get, post, setToken } from './api.js';

const KEY = 'hc.session';
let current = null;
let profile = null;
let catalog = null;
let expiryTimer = 0;
const listeners = new Set();

function notify() { for (const listener of listeners) listener(current); }

function schedule(onExpired) {
  clearTimeout(expiryTimer);
  if (!current?.expiresAt) return;
  const ms = new Date(current.expiresAt).getTime() - Date.now();
  // setTimeout cannot wait longer than ~24.8 days; tokens live hours.
  if (ms > 0 && ms < 2 ** 31 - 1) expiryTimer = setTimeout(onExpired, ms);
}

export function onSessionChange(listener) { listeners.add(listener); }

export function session() { return current; }

export function restore(onExpired) {
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    if (saved?.token && new Date(saved.expiresAt).getTime() > Date.now()) {
      current = saved;
      setToken(saved.token);
      schedule(onExpired);
    }
  } catch {
    sessionStorage.removeItem(KEY);
  }
  return current;
}

export async function signIn(username, password, onExpired) {
  const answer = await post('/api/auth/token', { username, password }, { anonymous: true });
  current = { token: answer.accessToken, expiresAt: answer.expiresAt, userId: answer.userId, username };
  sessionStorage.setItem(KEY, JSON.stringify(current));
  setToken(current.token);
  profile = null;
  schedule(onExpired);
  notify();
  return current;
}

export function signOut() {
  current = null;
  profile = null;
  setToken(null);
  clearTimeout(expiryTimer);
  sessionStorage.removeItem(KEY);
  notify();
}

export async function myProfile({ fresh = false } = {}) {
  if (!profile || fresh) profile = await get('/api/me');
  return profile;
}

/** The catalog rarely changes: fetched once per page load (the server also lets the browser cache it). */
export async function exercises() {
  catalog ??= get('/api/exercises', { anonymous: true, cache: 'default' }).catch((error) => { catalog = null; throw error; });
  return catalog;
}

export async function exerciseMap() {
  return new Map((await exercises()).map((e) => [e.id, e]));
}
