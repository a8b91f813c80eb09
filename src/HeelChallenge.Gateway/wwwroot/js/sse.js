// Server-Sent Events over fetch(). EventSource cannot send an Authorization header, so the stream is read as a
// ReadableStream with the bearer token; after a drop it reconnects with Last-Event-ID so the server can resume.
import { authHeader, sleep } from './api.js';

/** Splits the text/event-stream byte stream into events ({event, data, id}); calls onEvent for each. */
async function readEvents(body, onEvent, onId) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let event = { event: 'message', data: [], id: null };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let newline;
    while ((newline = buffer.search(/\r\n|\r|\n/)) >= 0) {
      if (buffer[newline] === '\r' && newline === buffer.length - 1) break; // maybe a CRLF split across chunks
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + (buffer.startsWith('\r\n', newline) ? 2 : 1));
      if (line === '') {
        if (event.data.length) onEvent({ event: event.event, data: event.data.join('\n'), id: event.id });
        event = { event: 'message', data: [], id: null };
        continue;
      }
      if (line.startsWith(':')) continue; // comment / keep-alive
      const colon = line.indexOf(':');
      const name = colon < 0 ? line : line.slice(0, colon);
      const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (name === 'data') event.data.push(text);
      else if (name === 'event') event.event = text;
      else if (name === 'id') { event.id = text; onId(text); }
    }
  }
}

/**
 * Opens a stream and keeps it open until close() is called. onState receives 'connecting' | 'live' |
 * 'reconnecting' | {unavailable: status}; a 404/401/403 stops retrying (the caller decides what to do).
 */
export function openStream(url, { onEvent, onState = () => {}, lastEventId = null }) {
  const controller = new AbortController();
  let lastId = lastEventId;
  (async () => {
    for (let attempt = 0; !controller.signal.aborted; attempt += 1) {
      onState(attempt ? 'reconnecting' : 'connecting');
      try {
        const response = await fetch(url, {
          headers: { Accept: 'text/event-stream', ...authHeader(), ...(lastId ? { 'Last-Event-ID': lastId } : {}) },
          cache: 'no-store',
          signal: controller.signal,
        });
        if ([401, 403, 404, 405].includes(response.status)) { onState({ unavailable: response.status }); return; }
        if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
        attempt = 0;
        onState('live');
        await readEvents(response.body, onEvent, (id) => { lastId = id; });
      } catch {
        if (controller.signal.aborted) return;
      }
      if (controller.signal.aborted) return;
      await sleep(Math.min(500 * 2 ** attempt, 10000));
    }
  })();
  return { close: () => controller.abort() };
}
