// History: the sets logged, newest first, grouped by day in the user's zone; totals per exercise; void a set.
import { h, pageTitle, section, notice, button, put } from './dom.js';
import { get, del, itemsOf } from './api.js';
import { describe } from './forms.js';
import { exerciseMap, myProfile } from './session.js';
import { dateKey, formatDate, formatTime } from './time.js';
import { describeSet } from './exercises.js';
import { toast } from './toast.js';

function setRow(set, exercise, zone) {
  const status = h('span', { class: 'tag' }, set.voided ? 'voided' : set.correctedAt ? 'corrected' : '');
  const remove = set.voided ? null : button('Remove', {
    class: 'link danger',
    'aria-label': `Remove ${exercise?.name ?? set.exerciseId} at ${formatTime(set.performedAt, zone)}`,
  });
  const row = h('li', { class: `set-row${set.voided ? ' voided' : ''}`, dataset: { setId: set.setId } },
    h('span', { class: 'set-time' }, formatTime(set.performedAt, zone)),
    h('span', { class: 'set-name' }, exercise?.name ?? set.exerciseId),
    h('span', { class: 'set-amount' }, describeSet(set, exercise)),
    status, remove);
  remove?.addEventListener('click', async () => {
    remove.disabled = true;
    try {
      await del(`/api/me/sets/${encodeURIComponent(set.setId)}`);
      row.classList.add('voided');
      status.textContent = 'voided';
      remove.remove();
      toast('Set removed.');
    } catch (error) {
      remove.disabled = false;
      toast(describe(error));
    }
  });
  return row;
}

function totalsTable(summary, catalog) {
  const rows = itemsOf(summary?.exercises ?? summary).map((s) => h('tr', {},
    h('th', { scope: 'row' }, `${catalog.get(s.exerciseId)?.name ?? s.exerciseId}${s.side ? ` (${s.side})` : ''}`),
    h('td', {}, String(s.sets)),
    h('td', {}, s.totalSeconds ? `${s.totalSeconds} s` : String(s.totalReps ?? 0)),
    h('td', {}, String(s.daysActive))));
  if (!rows.length) return notice('No sets yet. Log one from Today.');
  return h('div', { class: 'table-wrap' }, h('table', {},
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Exercise'), h('th', { scope: 'col' }, 'Sets'),
      h('th', { scope: 'col' }, 'Total'), h('th', { scope: 'col' }, 'Days'))),
    h('tbody', {}, rows)));
}

export async function historyView(main) {
  put(main, pageTitle('History'));
  const [catalog, profile] = await Promise.all([exerciseMap(), myProfile()]);
  const zone = profile.timeZone;
  const list = h('div', { class: 'history' });
  const more = button('Show older sets', { class: 'secondary', hidden: true });
  const totals = section('Totals');
  put(main, section('Sets', list, more), totals);

  let cursor = null;
  let lastDay = null;
  let dayList = null;
  const loadPage = async () => {
    more.disabled = true;
    const page = await get(`/api/me/sets?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    for (const set of page.items) {
      const day = dateKey(zone, new Date(set.performedAt));
      if (day !== lastDay) {
        lastDay = day;
        dayList = h('ul', { class: 'set-list' });
        list.append(h('h3', {}, formatDate(day)), dayList);
      }
      dayList.append(setRow(set, catalog.get(set.exerciseId), zone));
    }
    if (!list.childElementCount) list.append(notice('No sets yet. Log one from Today.'));
    cursor = page.nextCursor;
    more.hidden = !cursor;
    more.disabled = false;
  };
  more.addEventListener('click', () => loadPage().catch((error) => toast(describe(error))));

  await Promise.all([
    loadPage(),
    get('/api/me/summary')
      .then((summary) => totals.append(totalsTable(summary, catalog)))
      .catch((error) => totals.append(notice(describe(error), 'error'))),
  ]);
}
