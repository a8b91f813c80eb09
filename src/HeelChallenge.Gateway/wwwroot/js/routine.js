// Today: the eight exercises with prescription and cue, grouped gym/home, each with a two-tap log form.
import { h, pageTitle, uid, put } from './dom.js';
import { get } from './api.js';
import { exercises, myProfile } from './session.js';
import { dateKey, midnight, isoInZone, formatDate } from './time.js';
import { WHERE, prescription, slotKey } from './exercises.js';
import { logSetForm } from './logset.js';
import { onOutboxChange, pending } from './outbox.js';
import { summaryStrip } from './summary.js';

async function todaysSets(zone) {
  const from = isoInZone(zone, midnight(zone, dateKey(zone)));
  const sets = [];
  let cursor = null;
  do {
    const page = await get(`/api/me/sets?limit=100&from=${encodeURIComponent(from)}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    sets.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return sets;
}

function doneLine(exercise, done, waiting) {
  const sides = exercise.sided ? ['left', 'right'] : [null];
  const parts = sides.map((side) => {
    const n = done.get(slotKey(exercise.id, side)) ?? 0;
    const w = waiting.get(slotKey(exercise.id, side)) ?? 0;
    const label = side ? `${side[0].toUpperCase()}${side.slice(1)} ` : '';
    return `${label}${n} of ${exercise.sets}${w ? ` (+${w} sending)` : ''}`;
  });
  const complete = sides.every((side) => (done.get(slotKey(exercise.id, side)) ?? 0) >= exercise.sets);
  return { text: `Done today: ${parts.join(' · ')}`, complete };
}

function exerciseCard(exercise, state) {
  const status = h('p', { class: 'done-line' });
  const headingId = uid('ex');
  const card = h('article', { class: 'exercise', 'aria-labelledby': headingId, dataset: { exercise: exercise.id } },
    h('h3', { id: headingId }, exercise.name),
    h('p', { class: 'prescription' }, prescription(exercise)),
    h('p', { class: 'cue' }, exercise.cue),
    status);
  const refresh = () => {
    const { text, complete } = doneLine(exercise, state.done, state.waiting);
    status.textContent = text;
    card.classList.toggle('complete', complete);
  };
  card.append(logSetForm(exercise, state));
  state.refreshers.push(refresh);
  refresh();
  return card;
}

export async function todayView(main) {
  const title = pageTitle('Today');
  put(main, title);
  const [catalog, profile] = await Promise.all([exercises(), myProfile()]);
  const zone = profile.timeZone;
  const sets = await todaysSets(zone);

  const state = { zone, done: new Map(), waiting: new Map(), refreshers: [] };
  for (const set of sets) state.done.set(slotKey(set.exerciseId, set.side), (state.done.get(slotKey(set.exerciseId, set.side)) ?? 0) + 1);
  const countWaiting = () => {
    state.waiting = new Map();
    for (const item of pending()) {
      const key = slotKey(item.body.exerciseId, item.body.side);
      state.waiting.set(key, (state.waiting.get(key) ?? 0) + 1);
    }
  };
  countWaiting();

  title.after(h('p', { class: 'lede' }, `Hi ${profile.displayName} — ${formatDate(new Date(), zone)}.`));
  const summary = summaryStrip();
  put(main, summary.element);
  for (const { where, title: groupTitle } of WHERE) {
    const group = catalog.filter((e) => e.where === where);
    if (!group.length) continue;
    const id = uid('g');
    put(main, h('section', { class: 'routine', 'aria-labelledby': id },
      h('h2', { id }, groupTitle),
      h('div', { class: 'exercise-grid' }, group.map((exercise) => exerciseCard(exercise, state)))));
  }

  const stop = onOutboxChange((_, event) => {
    if (event?.type === 'logged' && event.body && dateKey(zone, new Date(event.body.performedAt)) === dateKey(zone)) {
      const key = slotKey(event.body.exerciseId, event.body.side);
      state.done.set(key, (state.done.get(key) ?? 0) + 1);
      summary.setLoggedToday(sumDone(state.done));
    }
    countWaiting();
    for (const refresh of state.refreshers) refresh();
  });
  summary.load(sumDone(state.done), catalog);
  return stop;
}

function sumDone(done) {
  let total = 0;
  for (const n of done.values()) total += n;
  return total;
}
