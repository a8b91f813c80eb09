// A challenge's leaderboard, kept live by the SSE stream: every `leaderboard` event carries the board (id = its
// version); an event without entries is a hint to re-read. The signed-in user's row is highlighted and scrolled
// into view inside the board, never by moving the page.
import { h, notice } from './dom.js';
import { get } from './api.js';
import { describe } from './forms.js';
import { openStream } from './sse.js';
import { session } from './session.js';
import { formatDateTime } from './time.js';

const TOP = 100;
const POLL_MS = 5000;

function row(entry, me, zone) {
  const mine = entry.userId === me;
  return h('li', { class: mine ? 'me' : null, 'aria-current': mine ? 'true' : null, dataset: { userId: entry.userId } },
    h('span', { class: 'rank' }, String(entry.rank)),
    h('span', { class: 'who' }, entry.displayName, mine ? h('span', { class: 'you' }, ' (you)') : null),
    h('span', { class: 'points' }, `${entry.points}`, h('span', { class: 'unit' }, ' pts')),
    h('span', { class: 'when' }, entry.reachedAt ? formatDateTime(entry.reachedAt, zone) : '—'));
}

export function leaderboard(challengeId, zone, { onBoard = () => {} } = {}) {
  const me = session()?.userId;
  const live = h('p', { class: 'live-state', role: 'status' }, 'Connecting…');
  const list = h('ol', { class: 'board', 'aria-label': 'Leaderboard' });
  const scroller = h('div', { class: 'board-scroll', tabindex: '0', 'aria-label': 'Leaderboard, scrollable' }, list);
  const message = h('div');
  const element = h('div', { class: 'leaderboard' }, live, message, scroller);
  let version = -1;
  let stream = null;
  let poll = 0;

  const render = (board) => {
    if (typeof board.version === 'number' && board.version < version) return; // an older board arrived late
    version = board.version ?? version;
    element.dataset.version = String(version);
    onBoard(board);
    const entries = board.entries ?? [];
    const rows = entries.map((entry) => row(entry, me, zone));
    if (board.me && !entries.some((e) => e.userId === board.me.userId)) {
      rows.push(h('li', { class: 'gap', 'aria-hidden': 'true' }, '…'), row(board.me, me, zone));
    }
    list.replaceChildren(...rows);
    if (!rows.length) list.append(h('li', { class: 'empty' }, 'No one has points yet.'));
    const mine = list.querySelector('li.me');
    if (mine) scroller.scrollTop = Math.max(0, mine.offsetTop - scroller.clientHeight / 2 + mine.offsetHeight / 2);
  };

  const fetchBoard = async () => render(await get(`/api/challenges/${challengeId}/leaderboard?top=${TOP}&around=me`));

  const startPolling = (text) => {
    live.textContent = text;
    poll = setInterval(() => { fetchBoard().catch(() => {}); }, POLL_MS);
  };

  const start = async () => {
    try {
      await fetchBoard();
    } catch (error) {
      live.textContent = '';
      message.replaceChildren(notice(error.missingEndpoint
        ? 'Leaderboards are not available on this server yet.'
        : describe(error), error.missingEndpoint ? 'info' : 'error'));
      return;
    }
    stream = openStream(`/api/challenges/${challengeId}/leaderboard/stream?top=${TOP}&around=me`, {
      lastEventId: version >= 0 ? String(version) : null,
      onEvent: (event) => {
        if (event.event !== 'leaderboard') return;
        let board = null;
        try { board = JSON.parse(event.data); } catch { board = null; }
        // The stream is the same for everyone; when it does not show this user's row, ask for "around me".
        const complete = board?.entries && (board.me || !me || board.entries.some((e) => e.userId === me));
        if (complete) render(board);
        else fetchBoard().catch(() => {});
      },
      onState: (state) => {
        if (state === 'live') live.textContent = '● Live';
        else if (state === 'reconnecting') live.textContent = 'Reconnecting…';
        else if (state?.unavailable) startPolling('Live updates are unavailable; refreshing every few seconds.');
      },
    });
  };

  start();
  return {
    element,
    close: () => { stream?.close(); clearInterval(poll); },
  };
}
