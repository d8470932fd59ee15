/**
 * A moment as a Swedish reader expects it in a notice, in Europe/Stockholm whatever the server's
 * zone: "tisdag 3 mars 2026 kl. 14:00" (summer time or not, the local wall clock).
 */
const parts = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export function formatStockholmTime(at: Date): string {
  const list = parts.formatToParts(at);
  const field = (type: Intl.DateTimeFormatPartTypes) => list.find((p) => p.type === type)?.value ?? '';
  return `${field('weekday')} ${field('day')} ${field('month')} ${field('year')} kl. ${field('hour')}:${field('minute')}`;
}
