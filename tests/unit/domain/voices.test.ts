import { describe, expect, it } from 'vitest';
import { citationAuthority, citationVoice, describeCitation, SourcesRegistrySchema, type Citation, type SourcesRegistry } from '../../../src/domain';
import { citationText } from '../../../src/words/citations';
import { miniRegistry } from '../helpers/checklist';

/** The mini registry with voices: COVID report ¶1–6 introduction, ¶7–71 panellists, ¶72–83 OHCHR conclusions. */
function withVoices(): SourcesRegistry {
  const r = miniRegistry();
  return SourcesRegistrySchema.parse({
    ...r,
    documents: {
      ...r.documents,
      'ohchr-2022-covid-technologies': {
        ...r.documents['ohchr-2022-covid-technologies'],
        voices: [
          { from: 72, to: 83, voice: 'ohchr-conclusions' },
          { from: 1, to: 6, voice: 'introduction' },
          { from: 7, to: 71, voice: 'panellist' },
        ],
      },
      'glion-ix-2023': { ...r.documents['glion-ix-2023'], voice: 'independent-report', sectionVoices: { Intro: 'introduction' } },
    },
  });
}
const covid = (ref: string): Citation => ({ source: 'DOC', doc: 'ohchr-2022-covid-technologies', ref });
const glion = (ref: string): Citation => ({ source: 'DOC', doc: 'glion-ix-2023', ref });

describe('citationVoice', () => {
  const registry = withVoices();
  it('reads a paragraph’s voice from the range it falls in, sub-points included', () => {
    expect(citationVoice(covid('43'), registry)).toBe('panellist');
    expect(citationVoice(covid('71'), registry)).toBe('panellist');
    expect(citationVoice(covid('72'), registry)).toBe('ohchr-conclusions');
    expect(citationVoice(covid('76(b)'), registry)).toBe('ohchr-conclusions');
    expect(citationVoice(covid('3'), registry)).toBe('introduction');
  });

  it('reads a section’s own voice, else the document’s; principle sources have none', () => {
    expect(citationVoice(glion('Intro'), registry)).toBe('introduction');
    expect(citationVoice(glion('P1-WAT'), registry)).toBe('independent-report');
    expect(citationVoice({ source: 'UNGP', ref: '17' }, registry)).toBeUndefined();
    expect(citationVoice(covid('43'), miniRegistry())).toBeUndefined();
  });
});

describe('citationAuthority', () => {
  const registry = withVoices();
  it('counts a UNGP and OHCHR’s conclusions as authoritative', () => {
    expect(citationAuthority({ source: 'UNGP', ref: '17' }, registry)).toBe('authoritative');
    expect(citationAuthority(covid('76'), registry)).toBe('authoritative');
  });

  it('counts a panellist, an independent report, PI, HRBA@Tech and a passage of unknown voice as supporting', () => {
    expect(citationAuthority(covid('43'), registry)).toBe('supporting');
    expect(citationAuthority(glion('P1-WAT'), registry)).toBe('supporting');
    expect(citationAuthority({ source: 'PI', ref: 'S1' }, registry)).toBe('supporting');
    expect(citationAuthority({ source: 'HRBA', ref: 'accountable' }, registry)).toBe('supporting');
    expect(citationAuthority(covid('76'), miniRegistry())).toBe('supporting');
  });
});

describe('the registry’s voice ranges', () => {
  const doc = (voices: unknown, extra: object = {}) =>
    SourcesRegistrySchema.safeParse({ ...miniRegistry(), documents: { d: { title: 'T', shortTitle: 'T', body: 'B', verification: 'verified', refStyle: 'paragraph', paragraphs: 10, voices, ...extra } } });
  const messages = (voices: unknown, extra?: object) => {
    const r = doc(voices, extra);
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };

  it('refuses ranges that overlap, run backwards, pass the last paragraph, or name an unknown voice', () => {
    expect(messages([{ from: 1, to: 5, voice: 'panellist' }, { from: 5, to: 10, voice: 'discussion' }])).toEqual(['ranges 1–5 and 5–10 overlap']);
    expect(messages([{ from: 6, to: 2, voice: 'panellist' }])).toEqual(['range 6–2 runs backwards']);
    expect(messages([{ from: 1, to: 11, voice: 'panellist' }])).toEqual(['range 1–11 goes past paragraph 10']);
    expect(doc([{ from: 1, to: 2, voice: 'a-friend' }]).success).toBe(false);
    expect(messages([{ from: 1, to: 10, voice: 'panellist' }])).toEqual([]);
  });

  it('refuses a section voice for a section the document does not have', () => {
    expect(messages(undefined, { refStyle: 'section', paragraphs: undefined, sections: { A: 'a' }, sectionVoices: { B: 'panellist' } })).toEqual([
      '"B" is not one of the document\'s sections',
    ]);
  });
});

describe('citations with voices', () => {
  const registry = withVoices();
  const citationLabel = (c: Citation, r: SourcesRegistry) => citationText(describeCitation(c, r));

  it('carries who speaks as a voice code, never as words, below the renderers', () => {
    expect(describeCitation(covid('43'), registry)).toEqual({
      kind: 'passage',
      doc: 'ohchr-2022-covid-technologies',
      document: 'A/HRC/COVID',
      refStyle: 'paragraph',
      ref: '43',
      heading: null,
      voice: 'panellist',
    });
    expect(describeCitation(glion('P1-WAT'), registry)).toMatchObject({ refStyle: 'section', heading: "Part 1, 'Where are we today?'", voice: 'independent-report' });
    expect(describeCitation({ source: 'UNGP', ref: '17' }, registry)).toEqual({ kind: 'principle', source: 'UNGP', ref: '17', label: 'human rights due diligence' });
  });

  it('says who speaks in words: a panellist, OHCHR’s conclusions, an independent report', () => {
    expect(citationLabel(covid('43'), registry)).toBe('A/HRC/COVID: summary of a panellist’s statement, para. 43');
    expect(citationLabel(covid('76'), registry)).toBe('A/HRC/COVID: OHCHR conclusions, para. 76');
    expect(citationLabel(glion('P1-WAT'), registry)).toBe("Glion IX, Part 1, 'Where are we today?' (independent dialogue report; not an agreed position)");
    // Without a voice in the registry the label stays as it was.
    expect(citationLabel(covid('43'), miniRegistry())).toBe('A/HRC/COVID, para. 43');
  });
});
