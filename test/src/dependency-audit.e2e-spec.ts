import { spawnSync } from 'node:child_process';
import path from 'node:path';
// @ts-expect-error: a plain ES module of the test scripts, without type declarations
import { judgeAudit } from '../../scripts/audit-report.mjs';
import { workspaceRoot } from './support/api-process.js';

type Judge = (report: unknown) => { verdict: 'pass' | 'fail' | 'unavailable'; lines: string[] };
const judge = judgeAudit as Judge;

// The shape `npm audit --json` prints (report version 2), with one advisory of the given severity.
const report = (severity: string) => ({
  auditReportVersion: 2,
  vulnerabilities: {
    minimist: {
      name: 'minimist',
      severity,
      range: '<0.2.4',
      via: [{ title: 'Prototype Pollution in minimist', url: 'https://github.com/advisories/GHSA-xvch-5gv4-984h' }],
    },
  },
  metadata: { vulnerabilities: { critical: severity === 'critical' ? 1 : 0, high: severity === 'high' ? 1 : 0 } },
});

describe('the dependency audit of npm test', () => {
  it('fails on a known critical vulnerability, naming the package and the advisory', () => {
    const { verdict, lines } = judge(report('critical'));
    expect(verdict).toBe('fail');
    expect(lines.join('\n')).toContain('minimist <0.2.4: Prototype Pollution in minimist');
  });

  it('passes high and lower severities, and says when the advisory service did not answer', () => {
    expect(judge(report('high')).verdict).toBe('pass');
    expect(judge({ auditReportVersion: 2, vulnerabilities: {}, metadata: {} }).verdict).toBe('pass');
    expect(judge({ message: '405 Method Not Allowed' })).toEqual({
      verdict: 'unavailable',
      lines: ['the advisory service did not answer: 405 Method Not Allowed'],
    });
  });

  it('runs against this installation and exits 0 unless something critical is known', () => {
    const run = spawnSync(process.execPath, [path.join(workspaceRoot, 'scripts/audit.mjs')], {
      cwd: workspaceRoot,
      encoding: 'utf8',
      env: { ...process.env, AUDIT_REQUIRED: '' },
    });
    expect(run.stdout).toMatch(/\[audit\] (vulnerabilities:|the advisory service did not answer)/);
    expect(run.status).toBe(run.stdout.includes('critical: ') ? 1 : 0);
  });
});
