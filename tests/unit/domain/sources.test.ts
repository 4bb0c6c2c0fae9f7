import { describe, expect, it } from 'vitest';
import { citationDocumentKey, citationKey, citationProblem, CitationSchema, describeCitation, type Citation } from '../../../src/domain';
import { citationText } from '../../../src/words/citations';
import { miniRegistry } from '../helpers/checklist';

const registry = miniRegistry();
const covid = (ref: string): Citation => ({ source: 'DOC', doc: 'ohchr-2022-covid-technologies', ref });
const glion = (ref: string): Citation => ({ source: 'DOC', doc: 'glion-ix-2023', ref });

describe('citationProblem', () => {
  it('accepts principle refs that are in the registry and names those that are not', () => {
    expect(citationProblem({ source: 'UNGP', ref: '17' }, registry)).toBeNull();
    expect(citationProblem({ source: 'PI', ref: 'S1' }, registry)).toBeNull();
    expect(citationProblem({ source: 'HRBA', ref: 'secure' }, registry)).toBe('HRBA secure is not in the sources registry');
  });

  it('accepts paragraph numbers within the document, with an optional letter', () => {
    expect(citationProblem(covid('1'), registry)).toBeNull();
    expect(citationProblem(covid('83'), registry)).toBeNull();
    expect(citationProblem(covid('24(b)'), registry)).toBeNull();
  });

  it.each(['0', '84', 'para 9', '9b', ''])('refuses paragraph "%s" and says what is expected', (ref) => {
    expect(citationProblem(covid(ref), registry)).toBe(
      `ohchr-2022-covid-technologies is cited by paragraph number 1–83 (e.g. "43" or "24(b)"), not "${ref}"`,
    );
  });

  it('accepts a known section and lists the known ones for an unknown section', () => {
    expect(citationProblem(glion('P1-WAT'), registry)).toBeNull();
    expect(citationProblem(glion('P9'), registry)).toBe('glion-ix-2023 has no section "P9" (known: P1-WAT, Intro)');
  });

  it('reports a document missing from the registry', () => {
    expect(citationProblem({ source: 'DOC', doc: 'hr75-think-piece', ref: 'Q1' }, registry)).toBe(
      'document hr75-think-piece is not in the sources registry',
    );
  });

  // `sections["constructor"]` finds Object.prototype.constructor, so a made-up
  // section passes validation and would print as a function in reports.
  it.each(['constructor', 'toString', '__proto__'])('refuses section "%s", which the document does not have', (ref) => {
    expect(citationProblem(glion(ref), registry)).toBe(`glion-ix-2023 has no section "${ref}" (known: P1-WAT, Intro)`);
  });
});

/** A citation in words, as every renderer prints it: the domain's parts through the catalogue. */
const citationLabel = (c: Citation, r: typeof registry) => citationText(describeCitation(c, r));

describe('citations in words (describeCitation, then citationText)', () => {
  it('labels principles with their prefix and registry label', () => {
    expect(citationLabel({ source: 'UNGP', ref: '17' }, registry)).toBe('UNGP 17 — human rights due diligence');
    expect(citationLabel({ source: 'PI', ref: 'S1' }, registry)).toBe('Privacy International — Safeguard 1');
    expect(citationLabel({ source: 'HRBA', ref: 'accountable' }, registry)).toBe('HRBA@Tech — accountable');
  });

  it('falls back to the raw ref when the registry has no label', () => {
    expect(citationLabel({ source: 'HRBA', ref: 'secure' }, registry)).toBe('HRBA@Tech secure');
    expect(citationLabel({ source: 'PI', ref: 'redress' }, registry)).toBe('Privacy International redress');
  });

  it('names an unlabelled UNGP once, not "UNGP 3 3"', () => {
    expect(citationLabel({ source: 'UNGP', ref: '3' }, registry)).toBe('UNGP 3');
  });

  it('labels document citations by paragraph or section heading', () => {
    expect(citationLabel(covid('24(b)'), registry)).toBe('A/HRC/COVID, para. 24(b)');
    expect(citationLabel(glion('P1-WAT'), registry)).toBe("Glion IX, Part 1, 'Where are we today?'");
    expect(citationLabel(glion('P9'), registry)).toBe('Glion IX, P9');
    expect(citationLabel({ source: 'DOC', doc: 'hr75-think-piece', ref: 'Q1' }, registry)).toBe('hr75-think-piece, Q1');
  });
});

describe('citation keys and shape', () => {
  it('keys principles by source and documents by document and ref', () => {
    expect(citationKey({ source: 'PI', ref: 'redress' })).toBe('PI:redress');
    expect(citationKey(covid('9'))).toBe('DOC:ohchr-2022-covid-technologies:9');
    expect(citationDocumentKey(covid('9'))).toBe('ohchr-2022-covid-technologies');
    expect(citationDocumentKey({ source: 'UNGP', ref: '1' })).toBe('UNGP');
  });

  it('accepts UNGP 1 to 31 only', () => {
    expect(CitationSchema.safeParse({ source: 'UNGP', ref: '31' }).success).toBe(true);
    expect(CitationSchema.safeParse({ source: 'UNGP', ref: '32' }).success).toBe(false);
    expect(CitationSchema.safeParse({ source: 'UNGP', ref: '0' }).success).toBe(false);
  });

  it('refuses unverified PI safeguard numbers with a message that names the allowed ones', () => {
    const parsed = CitationSchema.safeParse({ source: 'PI', ref: 'S5' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toContain('safeguard S1 or S11');
  });

  it('refuses a document that is not a seed document', () => {
    expect(CitationSchema.safeParse({ source: 'DOC', doc: 'wikipedia', ref: '1' }).success).toBe(false);
  });
});
