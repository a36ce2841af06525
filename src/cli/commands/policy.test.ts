import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'haven-policy-'));
const haven = (args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'bin', 'haven.js'), 'policy', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });

describe('haven policy', () => {
  it('--help lists validate, render and import', () => {
    const r = haven(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/validate <file>/);
    expect(r.stdout).toMatch(/render \[options\] <file>/);
    expect(r.stdout).toMatch(/import \[options\] <file>/);
  });

  it('validate accepts a shipped pack and names each problem in a malformed one', () => {
    expect(haven(['validate', 'policy-packs/solutions-not-sides.yaml']).stdout).toContain(
      'valid policy pack for Solutions Not Sides',
    );
    const bad = join(dir, 'bad.yaml');
    writeFileSync(
      bad,
      readFileSync(join(ROOT, 'policy-packs/solutions-not-sides.yaml'), 'utf8').replace(
        'month: 8',
        'month: 13',
      ),
    );
    const r = haven(['validate', bad]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('rules.review.month: Choose a month from 1 (January) to 12 (December).');
  });

  it('render writes HTML, PDF and Word', () => {
    for (const format of ['html', 'pdf', 'docx']) {
      const out = join(dir, `pacso.${format}`);
      const r = haven(['render', 'policy-packs/pacso.yaml', '--format', format, '--out', out]);
      expect(r.status, r.stderr).toBe(0);
      const head = readFileSync(out).subarray(0, 5).toString();
      expect(head).toBe({ html: '<!doc', pdf: '%PDF-', docx: 'PK\u0003\u0004\u0014' }[format]);
    }
    expect(
      haven(['render', 'policy-packs/pacso.yaml', '--format', 'odt', '--out', join(dir, 'x')]).stderr,
    ).toMatch(/--format must be html, pdf or docx/);
  });

  it('import --json prints the pack, the recognised values with their sentences, and the unmapped sentences', () => {
    const r = haven(['import', 'policy-packs/sources/solutions-not-sides.txt', '--json']);
    expect(r.status, r.stderr).toBe(0);
    const proposal = JSON.parse(r.stdout);
    expect(Object.keys(proposal)).toEqual(['pack', 'recognised', 'unmapped']);
    expect(proposal.recognised).toContainEqual({
      path: 'rules.sessions.teacherJoinsMinutesBefore',
      value: 10,
      source:
        'Staff will ensure that teachers know they must sign into online sessions ten minutes before their students and will not allow students to enter the online conference space until their teacher is present',
    });
    expect(proposal.pack.organisation.name).toBe('Solutions Not Sides');
  });

  it('import refuses a file that is not a policy', () => {
    const notPolicy = join(dir, 'notes.txt');
    writeFileSync(notPolicy, 'Shopping list\n\n- eggs\n- milk\n');
    const r = haven(['import', notPolicy]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/does not look like an online safety policy/);
  });
});
