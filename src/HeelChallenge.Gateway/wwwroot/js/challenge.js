// One challenge: what it is, its invite link, join/leave/end/cancel, and its live leaderboard.
import { h, field, pageTitle, section, notice, button, put, fill } from './dom.js';
import { get, post, del } from './api.js';
import { describe } from './forms.js';
import { remember, window_ } from './challenges.js';
import { leaderboard } from './leaderboard.js';
import { toast } from './toast.js';

export function inviteLink(code) {
  return `${location.origin}${location.pathname}#/join/${encodeURIComponent(code)}`;
}

async function copy(text, input) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    input.select(); // no clipboard permission (e.g. plain http on a LAN address): leave it selected to copy by hand
    toast('Press Ctrl+C (or long-press) to copy the selected link.');
    return;
  }
  toast('Invite link copied.');
}

function inviteBox(challenge) {
  const link = inviteLink(challenge.inviteCode);
  const input = h('input', { value: link, readonly: true, name: 'inviteLink', class: 'mono' });
  const copyButton = button('Copy link', { class: 'secondary' });
  copyButton.addEventListener('click', () => copy(link, input));
  return h('div', {},
    field('Invite link', input),
    h('div', { class: 'actions' }, copyButton,
      h('span', { class: 'hint' }, 'Code: ', h('strong', { class: 'mono', dataset: { testid: 'invite-code' } }, challenge.inviteCode))));
}

function actionButtons(challenge, onChanged) {
  const actions = [];
  const act = (label, cls, run, confirmText) => {
    const b = button(label, { class: cls });
    b.addEventListener('click', async () => {
      if (confirmText && !window.confirm(confirmText)) return;
      b.disabled = true;
      try {
        await run();
        onChanged();
      } catch (error) {
        b.disabled = false;
        toast(describe(error));
      }
    });
    actions.push(b);
  };
  const open = challenge.status === 'active';
  if (!challenge.isParticipant && open && challenge.visibility === 'public') {
    act('Join this challenge', 'primary', () => post(`/api/challenges/${challenge.challengeId}/join`));
  }
  if (challenge.isParticipant) {
    act('Leave', 'secondary', () => del(`/api/challenges/${challenge.challengeId}/participants/me`),
      'Leave this challenge? You drop off the leaderboard.');
  }
  if (challenge.isOwner && open) {
    act('End now', 'secondary', () => post(`/api/challenges/${challenge.challengeId}/end`),
      'End the challenge now? Sets from now on no longer count.');
    act('Cancel challenge', 'danger', () => post(`/api/challenges/${challenge.challengeId}/cancel`),
      'Cancel the challenge for everyone?');
  }
  return actions.length ? h('div', { class: 'actions' }, actions) : null;
}

export async function challengeView(main, { params }) {
  const id = params.id;
  let board = null;
  const render = async () => {
    board?.close();
    main.replaceChildren();
    let challenge;
    try {
      challenge = await get(`/api/challenges/${encodeURIComponent(id)}`);
    } catch (error) {
      put(main, pageTitle('Challenge'), notice(error.status === 404
        ? 'This challenge does not exist, or it is private and you are not in it. Ask for an invite link.'
        : describe(error), 'error'));
      return;
    }
    remember(challenge);
    put(main, pageTitle(challenge.name));
    const taking = (n) => ` · ${n} taking part`;
    const count = h('span', {}, taking(challenge.participantCount));
    board = leaderboard(challenge.challengeId, challenge.timeZone, {
      onBoard: (b) => { if (b.participantCount != null) count.textContent = taking(b.participantCount); },
    });
    put(main,
      h('p', { class: 'lede' }, window_(challenge), count,
        challenge.status !== 'active' ? h('span', { class: 'badge' }, challenge.status) : null),
      challenge.description ? h('p', {}, challenge.description) : null,
      actionButtons(challenge, render),
      section('Leaderboard', board.element),
      challenge.inviteCode ? section('Invite people', inviteBox(challenge)) : null);
    main.querySelector('h1')?.focus();
  };
  await render();
  return () => board?.close();
}

export function joinView(main, { params }) {
  const code = decodeURIComponent(params.code);
  const go = button('Join the challenge', { class: 'primary' });
  const problem = h('div');
  put(main, pageTitle('Join a challenge'),
    h('div', { class: 'card narrow' },
      h('p', {}, 'You were invited with the code ', h('strong', { class: 'mono' }, code), '.'),
      problem, go));
  go.addEventListener('click', async () => {
    go.disabled = true;
    fill(problem);
    try {
      const challenge = await post('/api/challenges/join', { inviteCode: code });
      remember(challenge);
      location.hash = `#/challenges/${challenge.challengeId}`;
    } catch (error) {
      go.disabled = false;
      fill(problem, notice(describe(error), 'error'));
    }
  });
}
