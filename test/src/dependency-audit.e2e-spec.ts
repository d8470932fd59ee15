import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { workspaceRoot } from './support/api-process.js';

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

describe('the dependency audit of npm test (scripts/audit.mjs)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'audit-'));
  const audit = (saved?: unknown, env: Record<string, string> = {}) => {
    const args = [path.join(workspaceRoot, 'scripts/audit.mjs')];
    if (saved !== undefined) {
      const file = path.join(dir, `${Math.random().toString(36).slice(2)}.json`);
      writeFileSync(file, JSON.stringify(saved));
      args.push('--report', file);
    }
    const run = spawnSync(process.execPath, args, {
      cwd: workspaceRoot,
      encoding: 'utf8',
      env: { ...process.env, AUDIT_REQUIRED: '', ...env },
    });
    return { status: run.status, output: run.stdout };
  };

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fails on a known critical vulnerability, naming the package and the advisory', () => {
    const { status, output } = audit(report('critical'));
    expect(status).toBe(1);
    expect(output).toContain('critical: minimist <0.2.4: Prototype Pollution in minimist');
  });

  it('passes high and lower severities', () => {
    expect(audit(report('high')).status).toBe(0);
    expect(audit({ auditReportVersion: 2, vulnerabilities: {}, metadata: {} }).status).toBe(0);
  });

  it('says when the advisory service did not answer, and fails then only when an audit is required', () => {
    const refused = { message: '405 Method Not Allowed' };
    expect(audit(refused)).toEqual({
      status: 0,
      output: expect.stringContaining('the advisory service did not answer: 405 Method Not Allowed'),
    });
    expect(audit(refused, { AUDIT_REQUIRED: '1' }).status).toBe(1);
  });

  it('runs against this installation and exits 0 unless something critical is known', () => {
    const { status, output } = audit();
    expect(output).toMatch(/\[audit\] (vulnerabilities:|the advisory service did not answer)/);
    expect(status).toBe(output.includes('critical: ') ? 1 : 0);
  });
});
