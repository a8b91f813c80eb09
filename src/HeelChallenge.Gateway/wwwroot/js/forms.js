// Shows a problem+json answer where it belongs: detail at the top of the form, each field's message next to the field.
import { h } from './dom.js';
import { ApiError } from './api.js';

function alertBox(form) {
  let box = form.querySelector(':scope > .form-error');
  if (!box) {
    box = h('div', { class: 'form-error', role: 'alert', tabindex: '-1' });
    form.prepend(box);
  }
  return box;
}

export function clearErrors(form) {
  form.querySelector(':scope > .form-error')?.replaceChildren();
  for (const el of form.querySelectorAll('.field-error')) el.remove();
  for (const el of form.querySelectorAll('[aria-invalid]')) {
    el.removeAttribute('aria-invalid');
    const hint = el.dataset.hint;
    if (hint) el.setAttribute('aria-describedby', hint); else el.removeAttribute('aria-describedby');
  }
}

function controlFor(form, name) {
  return form.querySelector(`[data-field="${CSS.escape(name)}"]`) ?? form.elements.namedItem(name);
}

/** What to tell a person about an error that is not tied to one field. */
export function describe(error) {
  if (!(error instanceof ApiError)) return `Something went wrong: ${error?.message ?? error}`;
  if (error.network) return 'Could not reach the server. Check your connection and try again.';
  if (error.missingEndpoint) return `This server does not offer that yet (${error.path} answered 404).`;
  if (error.status === 429) return 'Too many requests just now. Wait a moment and try again.';
  return error.detail || error.title || `The server answered ${error.status}.`;
}

export function showProblem(form, error) {
  clearErrors(form);
  const unplaced = [];
  let first = null;
  for (const [name, message] of Object.entries(error?.fields ?? {})) {
    let control = controlFor(form, name);
    if (control instanceof RadioNodeList) control = control[0];
    if (!control) { unplaced.push(`${name}: ${message}`); continue; }
    const id = `${control.id || name}-error`;
    const anchor = control.closest('.field, fieldset') ?? control;
    anchor.append(h('p', { class: 'field-error', id }, message));
    if (control.getAttribute('aria-describedby')) control.dataset.hint = control.getAttribute('aria-describedby');
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby', [control.dataset.hint, id].filter(Boolean).join(' '));
    first ??= control;
  }
  const box = alertBox(form);
  // The gateway's detail for field problems is those same messages joined: once each sits by its field, the top
  // of the form only needs to say what happened and where to look.
  const allPlaced = first && !unplaced.length;
  box.append(h('p', {}, allPlaced ? `${error.title || 'The request is invalid.'} See the messages by the fields below.` : describe(error)));
  if (unplaced.length) box.append(h('ul', {}, unplaced.map((text) => h('li', {}, text))));
  (first ?? box).focus?.();
}

/** Runs the submit handler with the submit button disabled; problems land in the form. */
export function onSubmit(form, handler) {
  form.noValidate = true; // the server's messages are the ones we show, next to the fields
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const submit = form.querySelector('[type=submit]');
    if (submit?.disabled) return;
    clearErrors(form);
    if (submit) submit.disabled = true;
    form.setAttribute('aria-busy', 'true');
    try {
      await handler(new FormData(form), event);
    } catch (error) {
      if (form.isConnected) showProblem(form, error);
    } finally {
      if (submit) submit.disabled = false;
      form.removeAttribute('aria-busy');
    }
  });
  return form;
}
