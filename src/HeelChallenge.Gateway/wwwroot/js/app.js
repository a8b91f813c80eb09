// Boot and hash routing. Each view renders into <main> and may return a cleanup (e.g. closing a live stream).
import { h, notice, pageTitle, put } from './dom.js';
import { whenUnauthorized } from './api.js';
import { describe } from './forms.js';
import { restore, session, signOut, onSessionChange } from './session.js';
import { openOutbox } from './outbox.js';
import { outboxStatus } from './outboxstatus.js';
import { signInView, signUpView } from './auth.js';
import { todayView } from './routine.js';
import { historyView } from './history.js';
import { progressView } from './progress.js';
import { challengesView } from './challenges.js';
import { challengeView, joinView } from './challenge.js';
import { coachView, coachInviteView, clientView } from './coach.js';

const ID = '([0-9a-fA-F-]{36})';
const routes = [
  { pattern: /^\/signin$/, view: signInView, open: true },
  { pattern: /^\/signup$/, view: signUpView, open: true },
  { pattern: /^\/?$/, view: todayView, nav: 'today' },
  { pattern: /^\/history$/, view: historyView, nav: 'history' },
  { pattern: /^\/progress$/, view: progressView, nav: 'progress' },
  { pattern: /^\/challenges$/, view: challengesView, nav: 'challenges' },
  { pattern: new RegExp(`^/challenges/${ID}$`), view: challengeView, nav: 'challenges', keys: ['id'] },
  { pattern: /^\/join\/([^/]+)$/, view: joinView, nav: 'challenges', keys: ['code'] },
  { pattern: /^\/coach$/, view: coachView, nav: 'coach' },
  { pattern: new RegExp(`^/coach/clients/${ID}$`), view: clientView, nav: 'coach', keys: ['id'] },
  { pattern: /^\/coach-invite\/([^/]+)$/, view: coachInviteView, nav: 'coach', keys: ['code'] },
];

const main = document.getElementById('main');
const nav = document.getElementById('nav');
let cleanup = null;
let signInMessage = null;
let rendering = 0;

function expired() {
  signOut();
  signInMessage = 'Your session has ended. Sign in again to continue.';
  location.hash = `#/signin?next=${encodeURIComponent(location.hash || '#/')}`;
}

function parse() {
  const raw = location.hash.replace(/^#/, '') || '/';
  const [path, search = ''] = raw.split('?');
  return { path, query: new URLSearchParams(search) };
}

async function route() {
  const { path, query } = parse();
  const match = routes.map((r) => ({ r, m: r.pattern.exec(path) })).find((x) => x.m);
  if (match && !match.r.open && !session()) {
    location.replace(`#/signin?next=${encodeURIComponent(`#${path}${query.size ? `?${query}` : ''}`)}`);
    return;
  }
  if (match?.r.open && session()) {
    location.replace(query.get('next') ?? '#/');
    return;
  }
  cleanup?.();
  cleanup = null;
  document.getElementById('toast')?.classList.remove('shown'); // a note about the last page is stale on the next
  const ticket = ++rendering;
  nav.hidden = !session();
  for (const link of nav.querySelectorAll('[data-nav]')) {
    if (link.dataset.nav === match?.r.nav) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
  }
  main.replaceChildren();
  main.removeAttribute('data-ready');
  main.removeAttribute('data-route');
  try {
    if (!match) {
      put(main, pageTitle('Not found'), notice('There is no such page.'), h('a', { href: '#/' }, 'Go to today'));
    } else {
      const params = Object.fromEntries((match.r.keys ?? []).map((key, i) => [key, match.m[i + 1]]));
      const message = signInMessage;
      signInMessage = null;
      const done = await match.r.view(main, { params, query, onExpired: expired, message });
      if (ticket !== rendering) { done?.(); return; }
      cleanup = done ?? null;
    }
  } catch (error) {
    if (ticket !== rendering) return;
    put(main, notice(describe(error), 'error'));
  }
  if (ticket !== rendering) return;
  main.dataset.route = path; // ready + route: lets tests (and people's scripts) wait for a page to settle
  main.dataset.ready = 'true';
  const title = main.querySelector('h1');
  document.title = title ? `${title.textContent} · HeelChallenge` : 'HeelChallenge';
  if (!document.activeElement || document.activeElement === document.body || !main.contains(document.activeElement)) {
    if (performance.getEntriesByName('app-interactive').length) title?.focus({ preventScroll: true });
  }
  if (!performance.getEntriesByName('app-interactive').length) performance.mark('app-interactive');
}

whenUnauthorized(() => { if (session()) expired(); });
document.getElementById('sign-out').addEventListener('click', () => {
  signOut();
  location.hash = '#/signin';
});
onSessionChange((s) => openOutbox(s?.userId));
outboxStatus(document.getElementById('outbox'));
restore(expired);
openOutbox(session()?.userId);
window.addEventListener('hashchange', route);
route();
