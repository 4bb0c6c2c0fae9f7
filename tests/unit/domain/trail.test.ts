import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  contentHash,
  hashTrailEvent,
  nextTrailEvent,
  restoreHrbaFile,
  sha256HashSync,
  verifyTrail,
  type TrailEvent,
} from '../../../src/domain';
import { EXAMPLE_FILE } from '../helpers/bundled';
import { answer } from '../helpers/assessment';

/** The trail of the example file, as exported: the tests tamper with copies of it. */
function exportedTrail(): TrailEvent[] {
  const restored = restoreHrbaFile(readFileSync(EXAMPLE_FILE, 'utf8'));
  if (!restored.ok) throw new Error('the example must restore');
  expect(restored.file.trail.length).toBeGreaterThan(20);
  return restored.file.trail;
}
/** A tampered event whose hash is recomputed, as a careful forger would. */
const rehash = (e: Omit<TrailEvent, 'hash'>): TrailEvent => ({ ...e, hash: hashTrailEvent(e) });

describe('sha256HashSync', () => {
  it('agrees with WebCrypto on the same text', async () => {
    const value = { b: 'Łódź', a: [1, 2.5, null] };
    expect(sha256HashSync(canonicalJson(value))).toBe(await contentHash(value));
  });
});

describe('verifyTrail', () => {
  it('accepts the exported chain and reports its length and head', () => {
    const trail = exportedTrail();
    expect(verifyTrail(trail)).toEqual({ ok: true, count: trail.length, head: trail.at(-1)!.hash });
    expect(verifyTrail([])).toEqual({ ok: true, count: 0, head: null });
  });

  it('names an edited event (content changed, hash left as it was)', () => {
    const trail = exportedTrail();
    trail[7] = { ...trail[7]!, by: 'Someone else' };
    expect(verifyTrail(trail)).toMatchObject({ ok: false, problem: 'altered', index: 7, seq: 8 });
  });

  it('names an edited event even when the forger recomputed its hash', () => {
    const trail = exportedTrail();
    const { hash: _h, ...body } = trail[7]!;
    trail[7] = rehash({ ...body, at: '2020-01-01T00:00:00.000Z' });
    expect(verifyTrail(trail)).toMatchObject({ ok: false, problem: 'altered', index: 7, seq: 8 });
  });

  it('names the event after a removed one', () => {
    const trail = exportedTrail();
    trail.splice(5, 1);
    expect(verifyTrail(trail)).toMatchObject({ ok: false, problem: 'removed', index: 5, seq: 7 });
  });

  it('names a removed first event', () => {
    const trail = exportedTrail().slice(1);
    expect(verifyTrail(trail)).toMatchObject({ ok: false, problem: 'removed', index: 0, seq: 2 });
  });

  it('names the first of two swapped events', () => {
    const trail = exportedTrail();
    [trail[3], trail[4]] = [trail[4]!, trail[3]!];
    expect(verifyTrail(trail)).toMatchObject({ ok: false, problem: 'reordered', index: 3, seq: 5 });
  });

  it('names an inserted event that links correctly and has a valid hash', () => {
    const trail = exportedTrail();
    const forged = nextTrailEvent(trail[9], { at: trail[9]!.at, by: 'Mallory', change: answer('CON-01', 'yes') });
    trail.splice(10, 0, forged);
    expect(verifyTrail(trail)).toMatchObject({ ok: false, problem: 'inserted', index: 10 });
  });

  it('names an inserted event with a forged number at its own position', () => {
    const trail = exportedTrail();
    trail.splice(10, 0, rehash({ seq: 99, at: trail[9]!.at, by: 'Mallory', change: { type: 'progress.set' }, prev: trail[9]!.hash }));
    expect(verifyTrail(trail)).toMatchObject({ ok: false, problem: 'inserted', index: 10, seq: 99 });
  });

  it('detects a trail cut short only against the head it should end at', () => {
    const trail = exportedTrail();
    const head = trail.at(-1)!.hash;
    const cut = trail.slice(0, -2);
    expect(verifyTrail(cut).ok).toBe(true);
    expect(verifyTrail(cut, head)).toMatchObject({ ok: false, problem: 'head-mismatch', index: cut.length - 1 });
  });
});

describe('the trail in a .hrba.json file', () => {
  const text = readFileSync(EXAMPLE_FILE, 'utf8');

  it('refuses a file whose trail was edited, naming the event', () => {
    const data = JSON.parse(text);
    data.trail[12].change.notes = 'rewritten after the fact';
    const restored = restoreHrbaFile(JSON.stringify(data));
    expect(restored.ok).toBe(false);
    if (!restored.ok) expect(restored.problems).toContainEqual({ path: 'trail[12]', code: 'trail-broken', values: { seq: 13, problem: 'altered' } });
  });

  it('restores without changing what a signature covers: the canonical JSON of the file as received', () => {
    const restored = restoreHrbaFile(text);
    if (!restored.ok) throw new Error('invalid');
    // The signed payload is the canonical JSON of the parsed text; restore must leave it as it was.
    expect(canonicalJson(restored.file)).toBe(canonicalJson(JSON.parse(text)));
    expect(canonicalJson(restored.original)).toBe(canonicalJson(JSON.parse(text)));
  });

  it('keeps the original beside the normalised file when restore fills in defaults', () => {
    const data = JSON.parse(text);
    delete data.assessment.subject.assessor;
    const restored = restoreHrbaFile(JSON.stringify(data));
    if (!restored.ok) throw new Error('invalid');
    expect(restored.file.assessment.subject.assessor).toBe('');
    // Verification works on `original`, which still lacks the field, so a signature over it still checks.
    expect(canonicalJson(restored.original)).toBe(canonicalJson(data));
    expect(canonicalJson(restored.file)).not.toBe(canonicalJson(data));
  });

  it('still imports a version 1 file, with an empty trail', () => {
    const data = JSON.parse(text);
    delete data.trail;
    data.formatVersion = 1;
    const restored = restoreHrbaFile(JSON.stringify(data));
    expect(restored).toMatchObject({ ok: true, fromVersion: 1, file: { formatVersion: 2, trail: [] } });
  });
});
