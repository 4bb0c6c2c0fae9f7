/**
 * The clause library's content: valid, citing only what the sources registry has, naming
 * only items its checklist has, saying who speaks in every cited passage, and covering
 * every topic the procurement journey asks for. Each rule is also run on a library broken
 * on purpose, so a rule that stopped finding breaches fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { citationVoice, problemsToText, type Checklist, type SourcesRegistry } from '../../../src/domain';
import { CLAUSE_TOPICS, ClauseLibrarySchema, clauseLibraryProblems, type ClauseLibrary } from '../../../src/domain/procurement';
import { bundledChecklistVersion, ROOT } from '../helpers/bundled';

const raw = () => JSON.parse(readFileSync(join(ROOT, 'checklists/clauses/1.0.0/clauses.json'), 'utf8')) as unknown;

let library: ClauseLibrary;
let checklist: Checklist;
let registry: SourcesRegistry;
beforeAll(async () => {
  const parsed = ClauseLibrarySchema.safeParse(raw());
  if (!parsed.success) throw new Error(parsed.error.message);
  library = parsed.data;
  ({ checklist, registry } = await bundledChecklistVersion(library.checklist.version));
});

describe('clause library 1.0.0', () => {
  it('is the version its folder says, for the checklist version it names', () => {
    expect(library.version).toBe('1.0.0');
    expect(checklist.id).toBe(library.checklist.id);
  });

  it('names only items of its checklist, only red-flag items as red flags, and only citations the registry has', () => {
    expect(problemsToText(clauseLibraryProblems(library, checklist, registry))).toBe('');
  });

  it('says who speaks in every cited passage of a seed document', () => {
    const voiceless = library.clauses.flatMap((c) => c.citations.filter((ref) => ref.source === 'DOC' && !citationVoice(ref, registry)).map((ref) => `${c.id} ${JSON.stringify(ref)}`));
    expect(voiceless).toEqual([]);
  });

  it('covers every topic, derives from PI and UNGPs 5, 6 and 8, and grounds every clause in a PI principle or a UNGP', () => {
    expect(new Set(library.clauses.map((c) => c.topic))).toEqual(new Set(CLAUSE_TOPICS));
    const ungps = new Set(library.clauses.flatMap((c) => c.citations.filter((ref) => ref.source === 'UNGP').map((ref) => ref.ref)));
    expect([...ungps]).toEqual(expect.arrayContaining(['5', '6', '8']));
    const ungrounded = library.clauses.filter((c) => !c.citations.some((ref) => ref.source === 'PI' || ref.source === 'UNGP')).map((c) => c.id);
    expect(ungrounded).toEqual([]);
    // A PI safeguard is cited by number only where the number is verified (S1, S11); the schema refuses any other.
    expect(ClauseLibrarySchema.safeParse(withCitation({ source: 'PI', ref: 'S7' })).success).toBe(false);
  });

  it('keeps its template placeholders in one form, so the decision screen can find them', () => {
    const odd = library.clauses.filter((c) => /\[(?!number\])[^\]]*\]/.test(c.text)).map((c) => c.id);
    expect(odd).toEqual([]);
  });
});

function withCitation(citation: object): unknown {
  const data = raw() as { clauses: { citations: object[] }[] };
  data.clauses[0]!.citations.push(citation);
  return data;
}

describe('the clause rules find breaches', () => {
  it('an unknown item, a red flag that is not one, an unknown paragraph and a red flag not listed under items', () => {
    const broken = structuredClone(library);
    broken.clauses[0]!.items.push('CON-99');
    broken.clauses[1]!.items.push('DEP-08');
    broken.clauses[1]!.redFlags.push('DEP-08');
    broken.clauses[2]!.citations.push({ source: 'DOC', doc: 'ohchr-2022-covid-technologies', ref: '999' });
    expect(clauseLibraryProblems(broken, checklist, registry).map((p) => p.path)).toEqual(['clauses[0].items[3]', 'clauses[1].redFlags[0]', 'clauses[2].citations[5]']);
    const unlisted = structuredClone(raw()) as { clauses: { redFlags: string[] }[] };
    unlisted.clauses[0]!.redFlags.push('CON-04');
    expect(ClauseLibrarySchema.safeParse(unlisted).error?.issues[0]?.message).toMatch(/list it under items too/);
  });
});
