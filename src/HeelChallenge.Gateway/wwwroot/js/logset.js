// The two-tap form: "Log a set" opens it prefilled with the prescription (reps, or a timer for timed exercises, and
// the side with fewer sets today for sided ones); "Save set" sends it. The setId is drawn when the form opens and
// kept for every retry of that one set.
import { h, uid, field } from './dom.js';
import { onSubmit } from './forms.js';
import { newSetId, submit } from './outbox.js';
import { amountField, prescribedAmount, slotKey, unitLabel } from './exercises.js';
import { isoInZone } from './time.js';
import { toast } from './toast.js';

function capitalise(text) { return text.charAt(0).toUpperCase() + text.slice(1); }

function sidePicker(exercise, state) {
  const done = (side) => state.done.get(slotKey(exercise.id, side)) ?? 0;
  const preferred = done('right') < done('left') ? 'right' : 'left';
  const name = uid('side');
  const option = (side) => {
    const id = `${name}-${side}`;
    return h('span', { class: 'choice' },
      h('input', { type: 'radio', name: 'side', id, value: side, checked: side === preferred }),
      h('label', { for: id }, capitalise(side)));
  };
  return h('fieldset', { class: 'field sides', 'data-field': 'side' }, h('legend', {}, 'Side'), option('left'), option('right'));
}

function timer(input) {
  const display = h('output', { class: 'timer', 'aria-live': 'off' }, '0:00');
  const toggle = h('button', { type: 'button', class: 'secondary' }, 'Start timer');
  let started = 0;
  let tick = 0;
  const show = (seconds) => { display.textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`; };
  toggle.addEventListener('click', () => {
    if (!started) {
      started = Date.now();
      toggle.textContent = 'Stop timer';
      tick = setInterval(() => show(Math.floor((Date.now() - started) / 1000)), 250);
      return;
    }
    clearInterval(tick);
    const seconds = Math.max(1, Math.round((Date.now() - started) / 1000));
    started = 0;
    show(seconds);
    input.value = String(seconds);
    toggle.textContent = 'Start timer';
    toast(`Timer stopped at ${seconds} seconds.`);
  });
  return { element: h('div', { class: 'timer-row' }, toggle, display), stop: () => clearInterval(tick) };
}

export function logSetForm(exercise, state) {
  const formId = uid('log');
  const opener = h('button', { type: 'button', class: 'primary', 'aria-expanded': 'false', 'aria-controls': formId },
    'Log a set');
  const form = h('form', { id: formId, class: 'log-form stack', hidden: true, 'aria-label': `Log a set of ${exercise.name}` });
  let setId = null;
  let clock = null;

  const close = () => {
    clock?.stop();
    form.hidden = true;
    form.replaceChildren();
    opener.setAttribute('aria-expanded', 'false');
    opener.hidden = false;
    setId = null;
  };

  const open = () => {
    setId = newSetId(); // once per set: every retry of this set reuses it
    const field_ = amountField(exercise);
    const amount = h('input', {
      name: field_, type: 'number', inputmode: 'numeric', min: '1', step: '1', value: String(prescribedAmount(exercise)),
    });
    const parts = [];
    if (exercise.sided) parts.push(sidePicker(exercise, state));
    parts.push(field(capitalise(unitLabel(exercise)), amount));
    if (exercise.kind === 'timed') {
      clock = timer(amount);
      parts.push(clock.element);
    }
    if (exercise.where === 'gym' && exercise.kind !== 'timed') {
      parts.push(field('Load in kg (optional)', h('input', { name: 'loadKg', type: 'number', inputmode: 'decimal', min: '0', step: '0.5' })));
    }
    const save = h('button', { type: 'submit', class: 'primary' }, 'Save set');
    parts.push(h('div', { class: 'actions' }, save, h('button', { type: 'button', class: 'secondary', onclick: () => { close(); opener.focus(); } }, 'Cancel')));
    form.replaceChildren(...parts);
    form.hidden = false;
    opener.hidden = true;
    opener.setAttribute('aria-expanded', 'true');
    save.focus(); // the second tap
  };

  opener.addEventListener('click', open);
  onSubmit(form, async (data) => {
    const body = { setId, exerciseId: exercise.id, performedAt: isoInZone(state.zone) };
    if (exercise.sided) body.side = data.get('side');
    const amount = String(data.get(amountField(exercise)) ?? '').trim();
    body[amountField(exercise)] = amount === '' ? null : Number(amount);
    const load = String(data.get('loadKg') ?? '').trim();
    if (load !== '') body.loadKg = Number(load);
    const { pending } = await submit(body);
    close();
    opener.focus();
    toast(pending ? `${exercise.name}: saved on this device, sending when the server is reachable.` : `${exercise.name}: set logged.`);
  });
  return h('div', { class: 'log' }, opener, form);
}
