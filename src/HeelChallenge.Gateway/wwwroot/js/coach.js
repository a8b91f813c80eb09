// Coaching, both sides: as a client, the coaches who may see my progress (add by code, revoke); as a coach, invite
// codes, the roster sorted by who needs attention, and a client's progress.
import { h, field, pageTitle, section, notice, button, put, fill } from './dom.js';
import { get, post, del, itemsOf } from './api.js';
import { describe, onSubmit } from './forms.js';
import { formatDateTime } from './time.js';
import { DAYS, loadProgressInto } from './progress.js';
import { toast } from './toast.js';

const missingText = (what) => `${what} is not available on this server yet.`;

function coachLink(code) {
  return `${location.origin}${location.pathname}#/coach-invite/${encodeURIComponent(code)}`;
}

async function myCoaches(box) {
  try {
    const coaches = itemsOf(await get('/api/me/coaches'));
    if (!coaches.length) {
      fill(box, notice('No coach can see your progress.'));
      return;
    }
    fill(box, h('ul', { class: 'plain-list' }, coaches.map((coach) => {
      const revoke = button('Revoke access', { class: 'secondary small', 'aria-label': `Revoke access of ${coach.displayName ?? 'this coach'}` });
      revoke.addEventListener('click', async () => {
        revoke.disabled = true;
        try {
          await del(`/api/me/coaches/${encodeURIComponent(coach.coachId)}`);
          toast('Access revoked.');
          await myCoaches(box);
        } catch (error) {
          revoke.disabled = false;
          toast(describe(error));
        }
      });
      return h('li', { dataset: { coachId: coach.coachId } },
        h('span', {}, coach.displayName ?? coach.username ?? coach.coachId),
        coach.since ? h('span', { class: 'hint' }, ` since ${formatDateTime(coach.since)}`) : null, ' ', revoke);
    })));
  } catch (error) {
    fill(box, notice(error.missingEndpoint ? missingText('Coaching') : describe(error)));
  }
}

function acceptForm(onAccepted, code = '') {
  const form = h('form', { class: 'inline-form', 'aria-label': 'Accept a coach invite' },
    field('Coach’s invite code', h('input', { name: 'code', value: code, autocomplete: 'off', spellcheck: 'false' })),
    h('button', { type: 'submit', class: 'primary' }, 'Give access'));
  return onSubmit(form, async (data) => {
    await post('/api/me/coaches', { code: String(data.get('code')).trim() });
    form.reset();
    toast('Your coach can now see your progress.');
    await onAccepted();
  });
}

function inviteMaker() {
  const out = h('div', { class: 'invite-out', role: 'status' });
  const make = button('Create an invite code', { class: 'primary' });
  make.addEventListener('click', async () => {
    make.disabled = true;
    try {
      const invite = await post('/api/coach/invites');
      const link = coachLink(invite.code);
      fill(out,
        h('p', {}, 'Give this code to your client: ', h('strong', { class: 'mono', dataset: { testid: 'coach-code' } }, invite.code),
          invite.expiresAt ? ` (valid until ${formatDateTime(invite.expiresAt)})` : ''),
        field('Or send this link', h('input', { value: link, readonly: true, class: 'mono', name: 'coachLink' })));
    } catch (error) {
      fill(out, notice(error.missingEndpoint ? missingText('Coaching') : describe(error), 'error'));
    } finally {
      make.disabled = false;
    }
  });
  return h('div', {}, make, out);
}

const pct = (v) => (v == null ? '—' : `${Math.round(Number(v))}%`);

async function roster(box) {
  try {
    const clients = itemsOf(await get('/api/coach/clients'));
    if (!clients.length) {
      fill(box, notice('No clients yet. Create an invite code and give it to someone you coach.'));
      return;
    }
    fill(box, h('div', { class: 'table-wrap' }, h('table', { class: 'roster' },
      h('caption', { class: 'hint' }, 'Most in need of attention first.'),
      h('thead', {}, h('tr', {}, ['Client', 'Status', '7 days', 'Streak', 'Last active'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, clients.map((c) => {
        const id = c.userId ?? c.clientId;
        const flags = [c.flags?.inactive ? 'Inactive' : null, c.flags?.dropping ? 'Dropping' : null].filter(Boolean);
        return h('tr', { dataset: { userId: id }, class: flags.length ? 'attention' : null },
          h('th', { scope: 'row' }, h('a', { href: `#/coach/clients/${id}` }, c.displayName ?? c.username ?? id)),
          h('td', {}, flags.length ? flags.map((f) => h('span', { class: 'badge warn' }, f)) : 'On track'),
          h('td', {}, pct(c.adherence7)),
          h('td', {}, c.currentStreak == null ? '—' : `${c.currentStreak} d`),
          h('td', {}, formatDateTime(c.lastActiveAt)));
      })))));
  } catch (error) {
    fill(box, notice(error.missingEndpoint ? missingText('The coach roster') : describe(error)));
  }
}

export async function coachView(main) {
  put(main, pageTitle('Coaching'));
  const coachesBox = h('div', {}, notice('Loading…'));
  const rosterBox = h('div', {}, notice('Loading…'));
  put(main,
    section('Your coaches', h('p', { class: 'hint' }, 'Coaches you allow can see your progress until you revoke it.'),
      coachesBox, acceptForm(() => myCoaches(coachesBox))),
    section('Your clients', inviteMaker(), rosterBox));
  await Promise.all([myCoaches(coachesBox), roster(rosterBox)]);
}

export function coachInviteView(main, { params }) {
  const code = decodeURIComponent(params.code);
  put(main, pageTitle('Give a coach access'),
    h('div', { class: 'card narrow' },
      h('p', {}, 'A coach invited you. Giving access lets them see your progress; you can revoke it at any time.'),
      acceptForm(() => { location.hash = '#/coach'; }, code)));
}

export async function clientView(main, { params }) {
  const id = params.id;
  put(main, pageTitle('Client progress'), h('p', {}, h('a', { href: '#/coach' }, '← Back to the roster')));
  await loadProgressInto(main, `/api/coach/clients/${encodeURIComponent(id)}/progress?days=${DAYS}`,
    () => 'No progress to show: this person is not your client (or revoked your access).');
}
