// The figures, as a table for the terminal and as Markdown for docs/benchmarks.md.
import { readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';

const BEGIN = '<!-- bench:results:begin (written by `npm run bench -- --write`) -->';
const END = '<!-- bench:results:end -->';

const number = (value, digits = 0) =>
  Number.isFinite(value)
    ? value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : 'n/a';
const ratio = (value) => (Number.isFinite(value) ? value.toFixed(3) : 'n/a');
const perEvent = (ms, events) => (ms === undefined || events === 0 ? NaN : ms / events);

function mainRows(results) {
  const cpu = (phase, key) => number(perEvent(phase.cpu[key], phase.ok), 2);
  const cores = (phase) => number(phase.cpu.other === undefined ? NaN : phase.cpu.other / 1000 / phase.wallSeconds, 2);
  const rows = [
    ['committed events/s (HTTP, 2xx only)', (r) => number(r.events.perSecond, 1)],
    ['events: latency p50 / p99 (ms)', (r) => `${number(r.events.p50, 1)} / ${number(r.events.p99, 1)}`],
    ['case starts/s', (r) => number(r.starts.perSecond, 1)],
    ['starts: latency p50 / p99 (ms)', (r) => `${number(r.starts.p50, 1)} / ${number(r.starts.p99, 1)}`],
    ['pgbench single-row UPDATE TPS', (r) => number(r.pgbench.tps, 0)],
    ['events/s ÷ pgbench TPS', (r) => ratio(r.events.perSecond / r.pgbench.tps)],
    ['HTTP floor: GET /.well-known/jwks.json /s', (r) => number(r.floor.perSecond, 0)],
    ['HTTP floor: CPU ms per request, API / driver', (r) => `${cpu(r.floor, 'api')} / ${cpu(r.floor, 'driver')}`],
    ['HTTP floor ÷ pgbench TPS', (r) => ratio(r.floor.perSecond / r.pgbench.tps)],
    ['CPU ms per event: API process', (r) => cpu(r.events, 'api')],
    ['CPU ms per event: PostgreSQL backends', (r) => cpu(r.events, 'postgres')],
    ['CPU ms per event: load driver', (r) => cpu(r.events, 'driver')],
    ['other load on the machine (cores): events', (r) => cores(r.events)],
    ['other load on the machine (cores): pgbench', (r) => cores(r.pgbench)],
  ];
  return rows.map(([label, cell]) => [label, ...results.byClients.map(cell)]);
}

function failureLines(results) {
  const lines = [];
  for (const r of results.byClients) {
    for (const [phase, outcome] of [
      ['events', r.events],
      ['starts', r.starts],
      ['HTTP floor', r.floor],
    ]) {
      const failed = Object.entries(outcome.failures);
      if (failed.length > 0)
        lines.push(
          `${phase} at ${r.clients}: refused ${failed.map(([k, n]) => `${n}× ${k}`).join(', ')} (not counted)`,
        );
    }
    if (r.events.startedInBand > 0)
      lines.push(`events at ${r.clients}: the pool ran dry, ${r.events.startedInBand} cases started inside the phase`);
  }
  return lines;
}

function wireLines(wire) {
  const each = (c) =>
    `${number(c.statements, 1)} SQL statements, ${number(c.roundTrips, 1)} round trips, ` +
    `${number(c.transactions, 1)} transactions, ${number(c.redisCommands, 1)} Redis commands`;
  return [
    `per event: ${each(wire.perEvent)}`,
    `per start: ${each(wire.perStart)}`,
    `idle API, ${wire.idleSeconds} s before the count: ${wire.idle.statements} SQL statements, ${wire.idle.redisCommands} Redis commands`,
  ];
}

function pureLines(pure) {
  return [
    ['applyEvent on a snapshot in memory', pure.transitionsPerSecond, 'transitions/s'],
    [
      'compile + restore + applyEvent + serialise',
      pure.withCompileRestoreSerialisePerSecond,
      'events/s (the API’s in-memory work per event)',
    ],
    ['compileRoutine alone', pure.compilesPerSecond, 'compiles/s'],
  ];
}

function machineLine(m, results) {
  const d = m.durability;
  return (
    `${m.cpu}, ${m.cores} cores, ${number(m.memoryGiB, 1)} GiB · PostgreSQL ${m.postgres} ` +
    `(fsync ${d.fsync}, synchronous_commit ${d.synchronous_commit}, wal_sync_method ${d.wal_sync_method}) · ` +
    `Node ${m.node} · load average ${number(results.loadBefore, 2)} before, ${number(results.loadAfter, 2)} after`
  );
}

export function printReport(results, { sql = false } = {}) {
  const { machine: m, options } = results;
  const out = [];
  out.push('', `Event path benchmark · ${m.date} · commit ${m.commit}`, machineLine(m, results));
  out.push(
    `${options.seconds} s per phase; API in its own process (ROLE=all); driver and pgbench on the same machine.`,
    '',
  );
  const rows = [
    ['', ...results.byClients.map((r) => `${r.clients} client${r.clients === 1 ? '' : 's'}`)],
    ...mainRows(results),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const row of rows)
    out.push(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i] + 3))).join(''));
  out.push(...failureLines(results).map((line) => `! ${line}`));
  out.push('', `On the wire (${results.wire.cases} cases walked by one client through counting proxies, ROLE=api):`);
  out.push(...wireLines(results.wire).map((line) => `  ${line}`));
  out.push('  SQL statements per event, by kind:');
  for (const [label, n] of results.wire.byLabel) out.push(`    ${number(n, 2).padStart(6)}  ${label}`);
  if (sql) {
    out.push('  SQL statements per event, by text:');
    for (const [text, n] of results.wire.statementsByText)
      out.push(`    ${number(n, 2).padStart(6)}  ${text.slice(0, 200)}`);
  }
  out.push('  Redis commands per event:');
  for (const [name, n] of results.wire.redisByCommand) out.push(`    ${number(n, 2).padStart(6)}  ${name}`);
  out.push('', 'The routine in memory (@samverkan/workflows, no I/O):');
  for (const [label, value, unit] of pureLines(results.pure))
    out.push(`  ${label.padEnd(44)} ${number(value, 0).padStart(8)} ${unit}`);
  if (results.profile) {
    const { events, starts, file } = results.profile;
    const share = ({ name, share }) => `    ${(share * 100).toFixed(1).padStart(5)} %  ${name}`;
    out.push('', `CPU profile of the API (${file}):`);
    out.push(`  during the event phases (${number(events.busyMs / 1000, 1)} s busy), self time by package:`);
    out.push(...events.byOwner.map(share));
    out.push('  top functions (self time):', ...events.byFunction.map(share));
    out.push('  the project’s own functions, inclusive (synchronous stacks only):', ...events.byOwnCode.map(share));
    out.push(
      `  during the start phases (${number(starts.busyMs / 1000, 1)} s busy), the project’s own functions, inclusive:`,
    );
    out.push(...starts.byOwnCode.slice(0, 10).map(share));
  }
  out.push('');
  process.stdout.write(out.join('\n') + '\n');
}

export function markdownReport(results) {
  const { machine: m, options } = results;
  const header = ['', ...results.byClients.map((r) => `${r.clients} client${r.clients === 1 ? '' : 's'}`)];
  const table = [header, header.map((_, i) => (i === 0 ? '---' : '---:')), ...mainRows(results)];
  const lines = [
    `Run of ${m.date} at commit ${m.commit}, with \`${options.command}\`.`,
    '',
    `Machine: ${machineLine(m, results)}. pgbench: ${m.pgbench}.`,
    '',
    ...table.map((row) => `| ${row.join(' | ')} |`),
    '',
    ...failureLines(results).flatMap((line, i, all) => [`- ${line}`, ...(i === all.length - 1 ? [''] : [])]),
    `On the wire (${results.wire.cases} cases of seven events walked by one client through the counting proxies):`,
    '',
    ...wireLines(results.wire).map((line) => `- ${line}`),
    '',
    '| SQL statements per event | kind |',
    '| ---: | --- |',
    ...results.wire.byLabel.map(([label, n]) => `| ${number(n, 2)} | \`${label}\` |`),
    '',
    '| Redis commands per event | command |',
    '| ---: | --- |',
    ...results.wire.redisByCommand.map(([name, n]) => `| ${number(n, 2)} | \`${name}\` |`),
    '',
    '| The routine in memory (no I/O) | rate |',
    '| --- | ---: |',
    ...pureLines(results.pure).map(([label, value, unit]) => `| ${label} | ${number(value, 0)} ${unit} |`),
  ];
  return lines.join('\n');
}

/** Replaces the generated part of docs/benchmarks.md, between its two markers. */
export function writeDoc(file, results) {
  const doc = readFileSync(file, 'utf8');
  const begin = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (begin < 0 || end < begin) throw new Error(`${file} lacks the markers ${BEGIN} … ${END}`);
  writeFileSync(file, `${doc.slice(0, begin + BEGIN.length)}\n${markdownReport(results)}\n${doc.slice(end)}`);
}
