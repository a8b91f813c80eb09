// Dates in a named IANA time zone with nothing but Intl: the user's day starts at midnight in *their* zone.

const partsFormatters = new Map();

function partsIn(zone, date) {
  let format = partsFormatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    partsFormatters.set(zone, format);
  }
  const parts = {};
  for (const { type, value } of format.formatToParts(date)) parts[type] = value;
  return parts;
}

/** Minutes east of UTC of the zone at that instant. */
export function offsetMinutes(zone, date = new Date()) {
  const p = partsIn(zone, date);
  const asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

/** "YYYY-MM-DD" of the instant in the zone. */
export function dateKey(zone, date = new Date()) {
  const p = partsIn(zone, date);
  return `${p.year}-${p.month}-${p.day}`;
}

/** The instant of midnight starting the given "YYYY-MM-DD" in the zone. */
export function midnight(zone, key) {
  const [y, m, d] = key.split('-').map(Number);
  const guess = Date.UTC(y, m - 1, d);
  let instant = guess - offsetMinutes(zone, new Date(guess)) * 60000;
  instant = guess - offsetMinutes(zone, new Date(instant)) * 60000; // second pass settles DST edges
  return new Date(instant);
}

/** ISO 8601 with the zone's offset, e.g. 2025-06-01T00:00:00+02:00 (what the API expects for local times). */
export function isoInZone(zone, date = new Date()) {
  const p = partsIn(zone, date);
  const offset = offsetMinutes(zone, date);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const pad = (n) => String(n).padStart(2, '0');
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export function addDays(key, days) {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function browserZone() {
  try { return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'; } catch { return 'UTC'; }
}

export function zones() {
  try { return Intl.supportedValuesOf('timeZone'); } catch { return [browserZone()]; }
}

export function formatDate(value, zone) {
  const date = typeof value === 'string' && value.length === 10 ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return date.toLocaleDateString(undefined, {
    weekday: 'short', day: 'numeric', month: 'short', timeZone: value.length === 10 ? 'UTC' : zone,
  });
}

export function formatTime(value, zone) {
  return new Date(value).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', timeZone: zone });
}

export function formatDateTime(value, zone) {
  if (!value) return '—';
  return new Date(value).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone });
}
