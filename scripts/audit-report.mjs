// Reads `npm audit --json` (report version 2) and decides: a known critical vulnerability in any
// installed package fails the build. Kept apart from the command so its decision is tested.

/**
 * @param {unknown} report the parsed output of `npm audit --json`
 * @returns {{ verdict: 'pass' | 'fail' | 'unavailable', lines: string[] }}
 */
export function judgeAudit(report) {
  const parsed = /** @type {Record<string, any>} */ (report ?? {});
  if (parsed.auditReportVersion !== 2 || typeof parsed.vulnerabilities !== 'object') {
    const reason = parsed.message ?? parsed.error?.summary ?? 'no audit report';
    return { verdict: 'unavailable', lines: [`the advisory service did not answer: ${reason}`] };
  }
  const critical = Object.entries(parsed.vulnerabilities)
    .filter(([, entry]) => entry?.severity === 'critical')
    .map(([name, entry]) => {
      const advisories = (entry.via ?? [])
        .filter((via) => typeof via === 'object' && via !== null)
        .map((via) => `${via.title ?? 'advisory'} (${via.url ?? 'no url'})`);
      return `${name} ${entry.range ?? ''}: ${advisories.join('; ') || 'through ' + (entry.via ?? []).join(', ')}`;
    });
  const counts = parsed.metadata?.vulnerabilities ?? {};
  const summary = `vulnerabilities: critical ${counts.critical ?? 0}, high ${counts.high ?? 0}, moderate ${counts.moderate ?? 0}, low ${counts.low ?? 0}`;
  return critical.length > 0
    ? { verdict: 'fail', lines: [summary, ...critical.map((line) => `critical: ${line}`)] }
    : { verdict: 'pass', lines: [summary] };
}
