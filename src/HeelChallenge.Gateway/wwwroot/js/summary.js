// The dashboard's strip of numbers: streak, 7-day adherence, sets logged today.
import { h } from './dom.js';
import { get } from './api.js';
import { describe } from './forms.js';

function stat(label) {
  const value = h('span', { class: 'stat-value' }, '—');
  const detail = h('span', { class: 'stat-detail' });
  return { value, detail, element: h('div', { class: 'stat' }, h('span', { class: 'stat-label' }, label), value, detail) };
}

export function prescribedSetsPerDay(catalog) {
  return catalog.reduce((sum, e) => sum + e.sets * (e.sided ? 2 : 1), 0);
}

export function summaryStrip() {
  const streak = stat('Streak');
  const adherence = stat('7-day adherence');
  const today = stat('Sets today');
  const note = h('p', { class: 'hint' });
  const element = h('section', { class: 'stats', 'aria-label': 'Summary' },
    h('div', { class: 'stat-row' }, streak.element, adherence.element, today.element), note);
  let perDay = 0;

  const setLoggedToday = (count) => {
    today.value.textContent = String(count);
    today.detail.textContent = perDay ? `of ${perDay} prescribed` : '';
  };

  const load = async (count, catalog) => {
    perDay = prescribedSetsPerDay(catalog);
    setLoggedToday(count);
    try {
      const progress = await get('/api/me/progress?days=7');
      streak.value.textContent = `${progress.currentStreak} ${progress.currentStreak === 1 ? 'day' : 'days'}`;
      streak.detail.textContent = `longest ${progress.longestStreak}`;
      adherence.value.textContent = `${Math.round(progress.adherence7)}%`;
      adherence.detail.textContent = `30 days: ${Math.round(progress.adherence30)}%`;
    } catch (error) {
      note.textContent = error.missingEndpoint
        ? 'Streaks and adherence will show here once this server offers progress.'
        : `Progress could not be loaded: ${describe(error)}`;
    }
  };

  return { element, load, setLoggedToday };
}
