// The banner that says what has not reached the server yet, and what the server refused.
import { h, button } from './dom.js';
import { onOutboxChange, retryNow, dismiss } from './outbox.js';

export function outboxStatus(box) {
  onOutboxChange((items) => {
    // A set in its first attempt shows on its card; the banner is for sets that already failed once.
    const waiting = items.filter((item) => item.state === 'pending' && item.error);
    const failed = items.filter((item) => item.state === 'failed');
    const parts = [];
    if (waiting.length) {
      const why = waiting.find((item) => item.error)?.error;
      parts.push(h('p', { class: 'pending', dataset: { pending: String(waiting.length) } },
        `${waiting.length} ${waiting.length === 1 ? 'set' : 'sets'} waiting to be sent`, why ? ` — ${why}.` : '…', ' ',
        button('Retry now', { class: 'link', onclick: retryNow })));
    }
    for (const item of failed) {
      parts.push(h('p', { class: 'refused' }, `A set was not saved: ${item.error}`, ' ',
        button('Dismiss', { class: 'link', onclick: () => dismiss(item.setId) })));
    }
    box.replaceChildren(...parts);
    box.hidden = parts.length === 0;
  });
}
