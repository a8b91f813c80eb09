// Progress: streak, adherence bars and a per-exercise chart of the last 30 days. Shared by the user's own page and
// a coach's view of a client (same answer shape).
import { h, pageTitle, section, notice, uid, put } from './dom.js';
import { get } from './api.js';
import { describe } from './forms.js';
import { exercises } from './session.js';
import { activityStrip, barChart } from './charts.js';
import { formatDate, formatDateTime } from './time.js';

export const DAYS = 30;

const pct = (value) => `${Math.round(Number(value) || 0)}%`;

/** Slots of a day (the answer may call them slots or exercises). */
const slotsOf = (day) => day.slots ?? day.exercises ?? [];

function exerciseShare(day, exerciseId) {
  let prescribed = 0;
  let credit = 0;
  let done = 0;
  for (const slot of slotsOf(day)) {
    if (slot.exerciseId !== exerciseId) continue;
    prescribed += slot.prescribedSets ?? 0;
    credit += Number(slot.countedCredit ?? Math.min(slot.setsDone ?? 0, slot.prescribedSets ?? 0));
    done += slot.setsDone ?? 0;
  }
  return { prescribed, done, pct: prescribed ? (100 * credit) / prescribed : 0 };
}

function flagsOf(progress) {
  const flags = [];
  if (progress.flags?.inactive) flags.push(h('span', { class: 'badge warn' }, 'Inactive'));
  if (progress.flags?.dropping) flags.push(h('span', { class: 'badge warn' }, 'Adherence dropping'));
  return flags;
}

export function renderProgress(progress, catalog) {
  const days = [...(progress.days ?? [])].sort((a, b) => (a.date < b.date ? -1 : 1)).slice(-DAYS);
  // Days before the person started owe nothing: they are drawn, but not counted as prescribed-and-missed.
  const started = (d) => !progress.startedOn || d.date >= progress.startedOn;
  const overview = h('div', { class: 'stat-row' },
    h('div', { class: 'stat' }, h('span', { class: 'stat-label' }, 'Current streak'),
      h('span', { class: 'stat-value', dataset: { testid: 'current-streak' } }, `${progress.currentStreak ?? 0} d`),
      h('span', { class: 'stat-detail' }, `longest ${progress.longestStreak ?? 0} d`)),
    h('div', { class: 'stat' }, h('span', { class: 'stat-label' }, '7-day adherence'),
      h('span', { class: 'stat-value', dataset: { testid: 'adherence7' } }, pct(progress.adherence7))),
    h('div', { class: 'stat' }, h('span', { class: 'stat-label' }, '30-day adherence'),
      h('span', { class: 'stat-value' }, pct(progress.adherence30))));
  const last = h('p', { class: 'hint' }, `Last active: ${formatDateTime(progress.lastActiveAt)}`, ' ', flagsOf(progress));

  const adherence = barChart(days.map((d) => Number(d.adherence) || 0), {
    label: `Daily adherence over ${days.length} days; 7-day average ${pct(progress.adherence7)}`,
    titles: days.map((d) => `${formatDate(d.date)}: ${pct(d.adherence)} (${d.setsDone} of ${d.prescribedSets} sets)`),
  });

  const perExercise = h('div', { class: 'exercise-charts' }, catalog.map((exercise) => {
    const shares = days.map((d) => exerciseShare(d, exercise.id));
    const done = shares.reduce((n, s) => n + s.done, 0);
    const prescribed = shares.reduce((n, s, i) => n + (started(days[i]) ? s.prescribed : 0), 0);
    const id = uid('pe');
    return h('figure', { class: 'exercise-chart', 'aria-labelledby': id, dataset: { exercise: exercise.id } },
      h('figcaption', { id }, h('strong', {}, exercise.name), ` — ${done} of ${prescribed} prescribed sets`),
      barChart(shares.map((s) => s.pct), {
        height: 60,
        label: `${exercise.name}: share of the prescription done per day, last ${days.length} days`,
        titles: shares.map((s, i) => `${formatDate(days[i].date)}: ${s.done} of ${s.prescribed} sets`),
      }));
  }));

  const axis = days.length
    ? h('p', { class: 'axis-labels', 'aria-hidden': 'true' }, h('span', {}, formatDate(days[0].date)), h('span', {}, 'Today'))
    : null;

  return [
    section('Overview', overview, last),
    section('Streak', h('p', { class: 'hint' }, `Days with at least one set, last ${days.length} days.`), activityStrip(days), axis?.cloneNode(true)),
    section('Adherence', h('p', { class: 'hint' }, 'Share of each day’s prescription done (dashed line: 100%).'), adherence, axis),
    section('Per exercise', perExercise),
  ];
}

/** Loads a progress answer from path and renders it into main; a 404 shows message(error) instead. */
export async function loadProgressInto(main, path, missing) {
  const [catalog, progress] = await Promise.all([exercises(), get(path).catch((error) => error)]);
  if (progress instanceof Error) {
    put(main, notice(progress.status === 404 ? missing(progress) : describe(progress), progress.status === 404 ? 'info' : 'error'));
    return null;
  }
  put(main, ...renderProgress(progress, catalog));
  return progress;
}

export async function progressView(main) {
  put(main, pageTitle('Progress'));
  await loadProgressInto(main, `/api/me/progress?days=${DAYS}`,
    (error) => (error.missingEndpoint ? 'Progress is not available on this server yet.' : describe(error)));
}
