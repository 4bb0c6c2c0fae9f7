/**
 * `hrba upgrade` over the shipped example (made with checklist 1.0.0): the per-item summary,
 * answers carried or cleared exactly as the plan says, the trail extended by one hash-linked
 * `checklist.upgrade` event, a result that validates, and the exit codes of every refusal.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { restoreHrbaFile, verifyTrail, type HrbaFile } from '../../../src/domain';
import { exampleVariant, runCli } from '../helpers/cli';
import { EXAMPLE_FILE } from '../helpers/bundled';

const tmp = mkdtempSync(join(tmpdir(), 'hrba-upgrade-'));
const read = (path: string): HrbaFile => {
  const restored = restoreHrbaFile(readFileSync(path, 'utf8'));
  if (!restored.ok) throw new Error(JSON.stringify(restored.problems));
  return restored.file;
};

describe('hrba upgrade', () => {
  const out = join(tmp, 'upgraded.hrba.json');
  let before: HrbaFile;
  let after: HrbaFile;
  let printed: { code: number; out: string; err: string };

  beforeAll(async () => {
    before = read(EXAMPLE_FILE);
    printed = await runCli('upgrade', EXAMPLE_FILE, '-o', out, '--to', '1.1.0');
    after = read(out);
  }, 60_000);

  it('exits 0 and prints what changes item by item, what to answer again and the new profile questions', () => {
    expect(printed.code).toBe(0);
    expect(printed.err).toBe('');
    expect(printed.out).toContain(`upgraded: ${EXAMPLE_FILE} from hrba-tech 1.0.0 to 1.1.0`);
    expect(printed.out).toContain('72 answers kept, 0 moved to the item they were merged into, 1 to answer again, 1 no longer asked (kept in the change log)');
    // The items to read again, each with precisely what changed; guidance-only changes grouped after them.
    expect(printed.out).toContain('to read again: new, gone, or their question, meaning, applicability or red flag changed (64 of 136 items):');
    expect(printed.out).toMatch(/^ {4}OPS-10 {2}Meaning changed: question reworded; easy-read wording changed; .* — Answer again \(your notes and evidence are kept\)$/m);
    expect(printed.out).toMatch(/^ {4}CON-13 {2}Reworded, meaning unchanged: buyer’s wording of the question added; easy-read wording changed — Your answer is kept$/m);
    expect(printed.out).toContain('guidance only, answers keep their meaning (72 items):');
    expect(printed.out).toMatch(/^ {4}Easy-read wording changed \(44\): CON-02, CON-03, /m);
    expect(printed.out).not.toMatch(/^ {4}CON-02 {2}/m);
    expect(printed.out).toMatch(/^ {4}DEP-29 {2}Merged into OPS-10 — Not moved: the item it was merged into already has an answer; check that one$/m);
    expect(printed.out).toMatch(/^ {4}DEP-02 {2}Retired \(does not apply to this profile\) — No answer yet$/m);
    expect(printed.out).toMatch(/^ {4}CON-35 {2}New — No answer yet$/m);
    expect(printed.out).toContain('to answer after upgrading (7): CON-35, CON-36, DES-36, DEP-31, DEP-32, OPS-10, OPS-32');
    expect(printed.out).toContain('decisions: Will it make or support decisions about individual people');
    expect(printed.out).toContain(`wrote ${out}`);
  });

  it('writes a file that names 1.1.0, carries answers whose meaning is unchanged and clears the one whose meaning changed', () => {
    expect(after.checklist.version).toBe('1.1.0');
    expect(after.assessment.checklist).toEqual(after.checklist);
    expect(after.assessment.answers['CON-01']).toEqual(before.assessment.answers['CON-01']);
    expect(after.assessment.answers['DES-07']).toEqual(before.assessment.answers['DES-07']);
    // OPS-10's meaning changed: answer again, with the notes and evidence kept.
    expect(after.assessment.answers['OPS-10']).toMatchObject({ status: null, notes: before.assessment.answers['OPS-10']!.notes });
    // DEP-29 was merged into OPS-10, which already had an answer: it leaves the answers.
    expect(before.assessment.answers['DEP-29']).toBeDefined();
    expect(after.assessment.answers['DEP-29']).toBeUndefined();
  });

  it('records the upgrade as one hash-linked event at the end of the trail, by the assessor, with what it moved or cleared', () => {
    expect(after.trail).toHaveLength(before.trail.length + 1);
    expect(after.trail.slice(0, -1)).toEqual(before.trail);
    const event = after.trail.at(-1)!;
    expect(event).toMatchObject({ seq: before.trail.length + 1, prev: before.trail.at(-1)!.hash, by: before.assessment.subject.assessor });
    expect(event.change).toMatchObject({ type: 'checklist.upgrade', from: before.checklist, to: after.checklist, reset: ['OPS-10'], dropped: ['DEP-29'] });
    expect((event.change as unknown as { previous: Record<string, unknown> }).previous['DEP-29']).toEqual(before.assessment.answers['DEP-29']);
    expect(verifyTrail(after.trail)).toMatchObject({ ok: true, head: event.hash });
  });

  it('writes a file that validates, and upgrading it again has nothing to do and writes nothing', async () => {
    const valid = await runCli('validate', out);
    expect(valid.code).toBe(0);
    expect(valid.out).toContain('checklist hrba-tech 1.1.0');
    const again = join(tmp, 'again.hrba.json');
    const r = await runCli('upgrade', out, '-o', again, '--to', '1.1.0');
    expect(r.code).toBe(0);
    expect(r.out).toContain('already uses hrba-tech 1.1.0: nothing to upgrade, nothing written');
    expect(existsSync(again)).toBe(false);
  });

  it('speaks JSON with --json: the steps, counts, changed items and what to answer', async () => {
    const r = await runCli('upgrade', EXAMPLE_FILE, '-o', join(tmp, 'json.hrba.json'), '--json', '--by', 'CI pipeline');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out) as { ok: boolean; upgraded: boolean; steps: { to: { version: string }; counts: Record<string, number>; items: { id: string; change: string; outcome: string; into?: string }[]; toAnswer: string[]; newProfileQuestions: string[] }[] };
    expect(result).toMatchObject({ ok: true, upgraded: true });
    // With no --to, to the newest version, one version at a time: 1.0.0 → 1.1.0 → 1.2.0.
    expect(result.steps.map((s) => s.to.version)).toEqual(['1.1.0', '1.2.0']);
    const [step, second] = result.steps;
    expect(step!.counts).toEqual({ carried: 72, moved: 0, 'check-successor': 1, reanswer: 1, dropped: 0 });
    expect(step!.items.find((i) => i.id === 'DEP-29')).toEqual(expect.objectContaining({ change: 'merged', into: 'OPS-10', outcome: 'check-successor' }));
    expect(step!.toAnswer).toContain('OPS-10');
    expect(step!.newProfileQuestions).toEqual(['decisions', 'public-users']);
    // 1.2.0 changes no item's meaning (it adds help and gap titles): every answer of 1.1.0 is kept.
    expect(second!.counts).toEqual({ carried: 72, moved: 0, 'check-successor': 0, reanswer: 0, dropped: 0 });
    expect(second!.newProfileQuestions).toEqual([]);
    expect(read(join(tmp, 'json.hrba.json')).trail.at(-1)!.by).toBe('CI pipeline');
  });

  it('upgrades to the newest version by default, one version at a time, one trail event per step', async () => {
    const newest = join(tmp, 'newest.hrba.json');
    const r = await runCli('upgrade', EXAMPLE_FILE, '-o', newest);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`upgraded: ${EXAMPLE_FILE} from hrba-tech 1.0.0 to 1.2.0`);
    expect(r.out).toMatch(/^ {2}1\.0\.0 → 1\.1\.0 \(sha256:/m);
    expect(r.out).toMatch(/^ {2}1\.1\.0 → 1\.2\.0 \(sha256:/m);
    expect(r.out).toContain('trail: 2 checklist.upgrade events added');
    // 1.2.0 only added gap titles (and reworded one): nothing to read again, two lines instead of 104 rows.
    const second = r.out.slice(r.out.indexOf('1.1.0 → 1.2.0'));
    expect(second).toContain('nothing to read again: no question, meaning, applicability or red-flag rule changed');
    expect(second).toContain('guidance only, answers keep their meaning (104 items):');
    expect(second).toMatch(/^ {4}Gap title added \(103\): CON-01, CON-02, /m);
    expect(second).toMatch(/^ {4}Gap title changed \(1\): DES-17$/m);
    // Its profile gained help under 33 questions and options, which changes no profile answer; 1.1.0 renamed two options.
    expect(second).toContain('help added or changed under 33 profile questions and options: profile answers keep their meaning');
    expect(second).not.toContain('profile questions that changed');
    expect(r.out).toContain('    setting: option renamed from “A public service or a public-private partnership” to “Delivering a public service');
    const file = read(newest);
    expect(file.checklist.version).toBe('1.2.0');
    expect(file.trail.slice(-2).map((e) => (e.change as unknown as { to: { version: string } }).to.version)).toEqual(['1.1.0', '1.2.0']);
    // What 1.0.0 → 1.1.0 did is kept (OPS-10 to answer again, DEP-29 dropped); 1.2.0 carries the rest.
    expect(file.assessment.answers['OPS-10']).toMatchObject({ status: null });
    expect(file.assessment.answers['DEP-29']).toBeUndefined();
    expect(file.assessment.answers['CON-01']).toEqual(before.assessment.answers['CON-01']);
  });

  it('exits 2 when used wrongly: no output, a version it does not have, a downgrade, a hidden control in --by', async () => {
    const noOutput = await runCli('upgrade', EXAMPLE_FILE);
    expect(noOutput.code).toBe(2);
    expect(noOutput.err).toContain('say where to write the upgraded file');
    const unknown = await runCli('upgrade', EXAMPLE_FILE, '-o', join(tmp, 'x.hrba.json'), '--to', '9.0.0');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('--to 9.0.0: hrba-tech has versions 1.0.0, 1.1.0, 1.2.0 in this package');
    const down = await runCli('upgrade', out, '-o', join(tmp, 'x.hrba.json'), '--to', '1.0.0');
    expect(down.code).toBe(2);
    expect(down.err).toContain('never downgraded');
    const bidi = await runCli('upgrade', EXAMPLE_FILE, '-o', join(tmp, 'x.hrba.json'), '--by', 'Eve\u202Eevil');
    expect(bidi.code).toBe(2);
    expect(bidi.err).toContain('--by: Contains a hidden direction control (U+202E)');
    expect(existsSync(join(tmp, 'x.hrba.json'))).toBe(false);
  });

  it('exits 1 and writes nothing for a file with problems or a locked (signed) revision', async () => {
    const broken = exampleVariant(tmp, 'broken.hrba.json', (f) => Object.assign(f.assessment.answers['CON-01']!, { status: 'maybe' }));
    const target = join(tmp, 'never.hrba.json');
    const bad = await runCli('upgrade', broken, '-o', target);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain(`not upgraded: ${broken}: 1 problem`);
    expect(bad.err).toMatch(/^assessment\.answers\.CON-01\.status: /m);
    const locked = exampleVariant(tmp, 'locked.hrba.json', (f) => {
      f.assessment.revision.lockedAt = '2026-11-01T10:00:00.000Z';
    });
    const r = await runCli('upgrade', locked, '-o', target, '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ ok: false, problems: [{ path: 'assessment.revision', message: expect.stringContaining('cannot change') }] });
    expect(existsSync(target)).toBe(false);
  });

  it('escapes control characters in what it prints, so a crafted file name cannot drive the terminal', async () => {
    const name = exampleVariant(tmp, 'evil\u001b[2J.hrba.json', () => {});
    const r = await runCli('upgrade', name, '-o', join(tmp, 'evil-out.hrba.json'));
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('\u001b');
    expect(r.out).toContain('evil\\u001b[2J.hrba.json');
  });
});
