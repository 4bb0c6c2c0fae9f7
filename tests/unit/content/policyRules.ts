/**
 * The content rules of checklist policy 2 (issue 10), as functions that list every breach.
 * policy.test.ts runs them over every bundled version whose manifest says `"policy": 2`,
 * and over deliberately broken content, so a rule that stopped finding breaches would fail too.
 */
import {
  citationAuthority,
  citationVoice,
  POLICY_TRIGGERS,
  redFlagTriggers,
  resolveChecklist,
  type Checklist,
  type SourcesRegistry,
  type TriageAnswers,
} from '../../../src/domain';

/** On a red-flag item, "No" and "Don't know" raise the flag; "Partly" exactly where the item says so. */
export function redFlagPolicyBreaches(checklist: Checklist): string[] {
  return checklist.items
    .filter((i) => i.redFlag)
    .flatMap((i) => {
      const triggers = new Set(redFlagTriggers(i));
      const out: string[] = [];
      for (const t of POLICY_TRIGGERS) if (!triggers.has(t)) out.push(`${i.id}: "${t}" does not raise its red flag`);
      if (triggers.has('partial') !== !!i.redFlagOnPartly) out.push(`${i.id}: "partial" raises the flag ${triggers.has('partial') ? 'but redFlagOnPartly is not set' : 'only via triggers; set redFlagOnPartly instead'}`);
      return out;
    });
}

/** A red flag can stop a project, so it must rest on a UNGP, a treaty body or an OHCHR conclusion. */
export function unsupportedRedFlags(checklist: Checklist, registry: SourcesRegistry): string[] {
  return checklist.items
    .filter((i) => i.redFlag && !i.citations.some((c) => citationAuthority(c, registry) === 'authoritative'))
    .map((i) => `${i.id}: no authoritative citation (only ${i.citations.map((c) => (c.source === 'DOC' ? `${c.doc} ${c.ref}` : `${c.source} ${c.ref}`)).join(', ')})`);
}

/** Every cited passage of a seed document says who is speaking. */
export function voicelessCitations(checklist: Checklist, registry: SourcesRegistry): string[] {
  return checklist.items.flatMap((i) =>
    i.citations.filter((c) => c.source === 'DOC' && !citationVoice(c, registry)).map((c) => `${i.id}: ${c.source === 'DOC' ? `${c.doc} ${c.ref}` : ''} has no voice in the registry`),
  );
}

/**
 * Profile options that switch nothing on. For each option of each choice question, the
 * applicable items are compared with and without it, from two starting profiles (every other
 * question unanswered, and every other question answered as broadly as possible), so an
 * option counts as live only if the rules really read it. The perspective question is live
 * when each answer's perspectives cover at least one item. A catch-all ("Something else")
 * is exempt: it says the other options do not fit.
 */
/** Catch-all answers ("Something else") that no rule is expected to read. */
export const CATCH_ALL_OPTIONS = new Set(['other']);

export function deadProfileOptions(checklist: Checklist): string[] {
  const dead: string[] = [];
  const choice = checklist.triage.filter((q) => q.kind === 'single' || q.kind === 'multi');
  const broad: TriageAnswers = Object.fromEntries(
    checklist.triage.flatMap((q): [string, string[] | boolean][] =>
      q.kind === 'multi' ? [[q.id, q.options.map((o) => o.value)]] : q.kind === 'boolean' ? [[q.id, true]] : [],
    ),
  );
  const applicable = (t: TriageAnswers) => resolveChecklist(checklist, t).applicableIds;
  for (const q of choice) {
    for (const o of q.options) {
      if (CATCH_ALL_OPTIONS.has(o.value)) continue;
      if (q.id === checklist.perspective.question) {
        const perspectives = new Set(checklist.perspective.map[o.value] ?? []);
        if (!checklist.items.some((i) => perspectives.has(i.perspective))) dead.push(`${q.id}: ${o.value}`);
        continue;
      }
      const live = [{}, broad].some((base) => {
        const without = { ...base } as TriageAnswers;
        delete without[q.id];
        const before = applicable(without);
        const after = applicable({ ...without, [q.id]: q.kind === 'multi' ? [o.value] : o.value });
        return [...after].some((id) => !before.has(id));
      });
      if (!live) dead.push(`${q.id}: ${o.value}`);
    }
  }
  return dead;
}

/** The longest gap title: it heads a finding in the list, the editor and the reports. */
export const GAP_TITLE_MAX_CHARS = 100;

/**
 * Gap titles that read as the question rather than the gap: a finding says what is missing
 * ("No gender analysis"), never asks ("Have you…?"), and stays short enough to head a row.
 */
export function gapTitleBreaches(checklist: Checklist): string[] {
  return checklist.items.flatMap((item) => {
    const title = item.gapTitle;
    if (!title) return [`${item.id}: no gap title`];
    const out: string[] = [];
    if (/\?\s*$/.test(title) || /^(have|has|is|are|do|does|did|can|will|was|were|where|when|if)\b/i.test(title)) out.push(`${item.id}: worded as a question ("${title}")`);
    if (title.length > GAP_TITLE_MAX_CHARS) out.push(`${item.id}: ${title.length} characters (at most ${GAP_TITLE_MAX_CHARS})`);
    if (title === item.question || title === item.easyRead) out.push(`${item.id}: repeats the question`);
    return out;
  });
}

/** Words a 12-year-old may not know, kept short on purpose; each easy-read line avoids them. */
export const JARGON = ['data', 'system', 'systems', 'platform', 'platforms', 'algorithm', 'algorithms', 'stakeholder', 'stakeholders', 'mitigate', 'mitigation', 'compliance', 'compliant', 'proportionate', 'proportionality', 'biometric', 'biometrics', 'procurement', 'governance', 'framework', 'metadata', 'interoperable', 'interoperability', 'anonymised', 'pseudonymised', 'deployment', 'due diligence', 'leverage', 'remediation', 'vendor'];
export const EASY_READ_MAX_WORDS = 20;
export const EASY_READ_MAX_AVERAGE = 15;
/** A yes/no question: after an optional lead-in ending in a comma ("For children, …"), it opens with an auxiliary verb. */
const YES_NO_OPENERS = /^(?:[^,?]+,\s*)?(do|does|did|is|are|was|were|can|could|will|would|should|has|have|had|may|might|must|shall)\b/i;

export const wordCount = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/** Easy-read lines: yes/no questions, short, without listed jargon. */
export function easyReadBreaches(checklist: Checklist): string[] {
  const out: string[] = [];
  for (const i of checklist.items) {
    const line = i.easyRead.trim();
    if (!line.endsWith('?')) out.push(`${i.id}: not a question ("${line}")`);
    else if (!YES_NO_OPENERS.test(line)) out.push(`${i.id}: not a yes/no question ("${line}")`);
    const n = wordCount(line);
    if (n > EASY_READ_MAX_WORDS) out.push(`${i.id}: ${n} words (at most ${EASY_READ_MAX_WORDS})`);
    for (const word of JARGON) if (new RegExp(`\\b${word}\\b`, 'i').test(line)) out.push(`${i.id}: uses "${word}"`);
  }
  const average = checklist.items.reduce((sum, i) => sum + wordCount(i.easyRead), 0) / checklist.items.length;
  if (average > EASY_READ_MAX_AVERAGE) out.push(`easy-read lines average ${average.toFixed(1)} words (at most ${EASY_READ_MAX_AVERAGE})`);
  return out;
}
