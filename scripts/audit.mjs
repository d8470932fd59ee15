#!/usr/bin/env node
// The dependency audit of `npm test`: fails on a known critical vulnerability in any installed
// package (production or development). When the registry's advisory service cannot be reached
// (some mirrors and closed networks refuse it), it says so and passes, unless AUDIT_REQUIRED=1.
// `--report <file>` judges a saved `npm audit --json` output instead (used by its test).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { judgeAudit } from './audit-report.mjs';

const saved = process.argv.indexOf('--report');
const run =
  saved > 0
    ? { stdout: readFileSync(process.argv[saved + 1] ?? '', 'utf8') }
    : spawnSync('npm', ['audit', '--json'], { encoding: 'utf8', timeout: 120_000 });
let report;
try {
  report = JSON.parse(run.stdout || '{}');
} catch {
  report = { message: `npm audit printed no JSON (${run.error?.message ?? `exit ${run.status}`})` };
}
const { verdict, lines } = judgeAudit(report);
for (const line of lines) console.log(`[audit] ${line}`);
if (verdict === 'fail') {
  console.log('[audit] FAILED: a known critical vulnerability; update the package (npm audit fix) or replace it');
  process.exit(1);
}
if (verdict === 'unavailable') {
  console.log('[audit] WARNING: not audited here; run `npm audit` where the advisory service answers');
  if (process.env.AUDIT_REQUIRED === '1') process.exit(1);
}
