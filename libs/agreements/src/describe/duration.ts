const units: readonly [RegExp, string, string][] = [
  [/(\d+)Y/, 'år', 'år'],
  [/(\d+)M/, 'månad', 'månader'],
  [/(\d+)W/, 'vecka', 'veckor'],
  [/(\d+)D/, 'dag', 'dagar'],
];
const timeUnits: readonly [RegExp, string, string][] = [
  [/(\d+)H/, 'timme', 'timmar'],
  [/(\d+)M/, 'minut', 'minuter'],
  [/(\d+(?:[.,]\d+)?)S/, 'sekund', 'sekunder'],
];

/** An ISO 8601 duration in Swedish words: P6M "6 månader", PT48H "48 timmar", P1Y "1 år". */
export function describeDuration(duration: string): string {
  const match = /^P([^T]*)(?:T(.*))?$/.exec(duration);
  if (!match) return duration;
  const parts = [...read(match[1] ?? '', units), ...read(match[2] ?? '', timeUnits)];
  if (parts.length === 0) return duration;
  const last = parts.pop();
  return parts.length === 0 ? (last ?? '') : `${parts.join(', ')} och ${last ?? ''}`;
}

function read(text: string, table: readonly [RegExp, string, string][]): string[] {
  return table.flatMap(([pattern, one, many]) => {
    const found = pattern.exec(text)?.[1];
    if (found === undefined) return [];
    return [`${found} ${found === '1' ? one : many}`];
  });
}
