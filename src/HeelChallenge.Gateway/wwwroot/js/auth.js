// Sign in and sign up. After either, the page goes where the person was heading (e.g. an invite link).
import { h, field, pageTitle, put } from './dom.js';
import { post } from './api.js';
import { onSubmit } from './forms.js';
import { signIn } from './session.js';
import { browserZone, zones } from './time.js';

function nextFrom(params) {
  const next = params.get('next');
  return next && next.startsWith('#/') ? next : '#/';
}

function input(name, attrs = {}) {
  return h('input', { name, id: `auth-${name}`, required: true, ...attrs });
}

export function signInView(main, { query, onExpired, message }) {
  const form = h('form', { class: 'stack', 'aria-label': 'Sign in' },
    field('Username', input('username', { autocomplete: 'username', autocapitalize: 'none', spellcheck: 'false' })),
    field('Password', input('password', { type: 'password', autocomplete: 'current-password' })),
    h('button', { type: 'submit', class: 'primary' }, 'Sign in'));
  onSubmit(form, async (data) => {
    await signIn(String(data.get('username')).trim(), String(data.get('password')), onExpired);
    location.hash = nextFrom(query);
  });
  put(main,
    pageTitle('Sign in'),
    message ? h('p', { class: 'notice info', role: 'status' }, message) : null,
    h('div', { class: 'card narrow' }, form,
      h('p', {}, 'New here? ', h('a', { href: `#/signup${query.size ? `?${query}` : ''}` }, 'Create an account'))));
}

export function signUpView(main, { query, onExpired }) {
  const zone = input('timeZone', { list: 'auth-zones', value: browserZone(), autocomplete: 'off' });
  const form = h('form', { class: 'stack', 'aria-label': 'Create an account' },
    field('Username', input('username', { autocomplete: 'username', autocapitalize: 'none', spellcheck: 'false' }),
      '3 to 32 letters, digits, dots, dashes or underscores.'),
    field('Display name', input('displayName', { autocomplete: 'nickname' }), 'Shown on leaderboards.'),
    field('Password', input('password', { type: 'password', autocomplete: 'new-password' }), 'At least 8 characters.'),
    field('Time zone', zone, 'Your days start at midnight here.'),
    h('datalist', { id: 'auth-zones' }, zones().map((z) => h('option', { value: z }))),
    h('button', { type: 'submit', class: 'primary' }, 'Create account'));
  onSubmit(form, async (data) => {
    const body = {
      username: String(data.get('username')).trim(),
      password: String(data.get('password')),
      displayName: String(data.get('displayName')).trim(),
      timeZone: String(data.get('timeZone')).trim(),
    };
    await post('/api/accounts', body, { anonymous: true });
    await signIn(body.username, body.password, onExpired);
    location.hash = nextFrom(query);
  });
  put(main,
    pageTitle('Create an account'),
    h('div', { class: 'card narrow' }, form,
      h('p', {}, 'Already have one? ', h('a', { href: `#/signin${query.size ? `?${query}` : ''}` }, 'Sign in'))));
}
