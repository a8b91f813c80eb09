// Challenges: join with a code, create one, mine and the public ones.
import { h, field, pageTitle, section, notice, button, put, fill } from './dom.js';
import { get, post, itemsOf } from './api.js';
import { describe, onSubmit } from './forms.js';
import { myProfile, session } from './session.js';
import { addDays, dateKey, midnight, isoInZone, zones, formatDate } from './time.js';

const RECENT_KEY = () => `hc.recent.${session()?.userId}`;

/** Challenges this browser has seen, so the list works even where the server has no "my challenges" yet. */
export function remember(challenge) {
  try {
    const recent = JSON.parse(localStorage.getItem(RECENT_KEY()) ?? '[]').filter((c) => c.challengeId !== challenge.challengeId);
    recent.unshift({ challengeId: challenge.challengeId, name: challenge.name });
    localStorage.setItem(RECENT_KEY(), JSON.stringify(recent.slice(0, 20)));
  } catch { /* storage full or disabled: only a convenience */ }
}

function recent() {
  try { return JSON.parse(localStorage.getItem(RECENT_KEY()) ?? '[]'); } catch { return []; }
}

export function window_(c) {
  return `${formatDate(c.startsAt, c.timeZone)} – ${formatDate(c.endsAt, c.timeZone)}`;
}

function challengeItem(c, extra) {
  return h('li', { class: 'challenge-item' },
    h('a', { href: `#/challenges/${c.challengeId}` }, c.name ?? 'Challenge'),
    c.startsAt ? h('span', { class: 'hint' }, ` ${window_(c)}`) : null,
    c.participantCount != null ? h('span', { class: 'hint' }, ` · ${c.participantCount} in`) : null,
    c.status && c.status !== 'active' ? h('span', { class: 'badge' }, c.status) : null,
    extra);
}

function joinForm() {
  const form = h('form', { class: 'inline-form', 'aria-label': 'Join with an invite code' },
    field('Invite code', h('input', { name: 'inviteCode', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false' })),
    h('button', { type: 'submit', class: 'primary' }, 'Join'));
  return onSubmit(form, async (data) => {
    const challenge = await post('/api/challenges/join', { inviteCode: String(data.get('inviteCode')).trim() });
    remember(challenge);
    location.hash = `#/challenges/${challenge.challengeId}`;
  });
}

function createForm(profile) {
  const today = dateKey(profile.timeZone);
  const radio = (value, label, checked) => h('span', { class: 'choice' },
    h('input', { type: 'radio', name: 'visibility', id: `vis-${value}`, value, checked }),
    h('label', { for: `vis-${value}` }, label));
  const form = h('form', { class: 'stack', 'aria-label': 'Create a challenge' },
    field('Name', h('input', { name: 'name', maxlength: '100' })),
    field('Description (optional)', h('textarea', { name: 'description', rows: '2' })),
    h('div', { class: 'two' },
      field('Starts', h('input', { name: 'startsAt', type: 'date', value: today })),
      field('Ends (last day)', h('input', { name: 'endsAt', type: 'date', value: addDays(today, 13) }))),
    field('Time zone', h('input', { name: 'timeZone', value: profile.timeZone, list: 'challenge-zones', autocomplete: 'off' }),
      'Days of the challenge start at midnight here.'),
    h('datalist', { id: 'challenge-zones' }, zones().map((z) => h('option', { value: z }))),
    h('fieldset', { class: 'field', 'data-field': 'visibility' }, h('legend', {}, 'Who can join'),
      radio('private', 'Only people with the invite link', true), radio('public', 'Anyone (listed publicly)', false)),
    field('Capacity (optional)', h('input', { name: 'capacity', type: 'number', min: '1', inputmode: 'numeric' })),
    h('p', { class: 'hint' }, 'The program is the full daily routine with its usual prescriptions.'),
    h('button', { type: 'submit', class: 'primary' }, 'Create challenge'));
  return onSubmit(form, async (data) => {
    const zone = String(data.get('timeZone')).trim();
    const day = (name, plus) => {
      const value = String(data.get(name));
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
      try { return isoInZone(zone, midnight(zone, addDays(value, plus))); } catch { return `${addDays(value, plus)}T00:00:00Z`; }
    };
    const capacity = String(data.get('capacity')).trim();
    const body = {
      name: String(data.get('name')).trim(),
      startsAt: day('startsAt', 0),
      endsAt: day('endsAt', 1), // the chosen last day is included: the window ends at the next midnight
      timeZone: zone,
      visibility: String(data.get('visibility')),
    };
    const description = String(data.get('description')).trim();
    if (description) body.description = description;
    if (capacity) body.capacity = Number(capacity);
    const challenge = await post('/api/challenges', body);
    remember(challenge);
    location.hash = `#/challenges/${challenge.challengeId}`;
  });
}

async function mine(box) {
  try {
    const page = await get('/api/me/challenges?limit=50');
    const items = itemsOf(page);
    // The list may carry only ids and roles: fetch the details of those without a name.
    const full = await Promise.all(items.map((c) => (c.name ? c : get(`/api/challenges/${c.challengeId}`).catch(() => null))));
    const shown = full.filter(Boolean);
    fill(box, shown.length ? h('ul', { class: 'challenge-list' }, shown.map((c) => challengeItem(c)))
      : notice('You are not in any challenge yet. Create one or join with a code.'));
  } catch (error) {
    const seen = recent();
    fill(box,
      notice(error.missingEndpoint ? 'This server cannot list your challenges yet; here are the ones opened in this browser.' : describe(error)),
      seen.length ? h('ul', { class: 'challenge-list' }, seen.map((c) => challengeItem(c))) : null);
  }
}

async function publicOnes(box) {
  try {
    const page = await get('/api/challenges?visibility=public&limit=20');
    const items = itemsOf(page);
    fill(box, items.length ? h('ul', { class: 'challenge-list' }, items.map((c) => {
      const join = button('Join', { class: 'secondary small', 'aria-label': `Join ${c.name}` });
      join.addEventListener('click', async () => {
        join.disabled = true;
        try {
          const joined = await post(`/api/challenges/${c.challengeId}/join`);
          remember(joined);
          location.hash = `#/challenges/${c.challengeId}`;
        } catch (error) {
          join.disabled = false;
          join.after(h('span', { class: 'field-error', role: 'alert' }, ` ${describe(error)}`));
        }
      });
      return challengeItem(c, join);
    })) : notice('No public challenges right now.'));
  } catch (error) {
    fill(box, notice(error.missingEndpoint ? 'This server does not list public challenges yet.' : describe(error)));
  }
}

export async function challengesView(main) {
  put(main, pageTitle('Challenges'));
  const profile = await myProfile();
  const mineBox = h('div', {}, notice('Loading…'));
  const publicBox = h('div', {}, notice('Loading…'));
  put(main,
    section('Join with a code', joinForm()),
    section('Your challenges', mineBox),
    section('Create a challenge', createForm(profile)),
    section('Public challenges', publicBox));
  await Promise.all([mine(mineBox), publicOnes(publicBox)]);
}
