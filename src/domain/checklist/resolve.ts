import { STAGES, type StageId } from '../lifecycle';
import { evaluateRule, type RuleContext, type TriageAnswers } from './rules';
import type { Checklist, ChecklistItem, Perspective } from './schema';

export type SkipReason = 'perspective' | 'module' | 'rule';

export interface ResolvedChecklist {
  activeModules: ReadonlySet<string>;
  /** Applicable items per stage, in checklist order. */
  applicable: Record<StageId, ChecklistItem[]>;
  /** Items the triage made inapplicable, with the reason, so none is dropped silently. */
  skipped: Record<StageId, { item: ChecklistItem; reason: SkipReason }[]>;
  applicableIds: ReadonlySet<string>;
}

export function activeModules(checklist: Checklist, triage: TriageAnswers): Set<string> {
  const base: RuleContext = { triage, activeModules: new Set() };
  return new Set(checklist.modules.filter((m) => evaluateRule(m.activeWhen, base)).map((m) => m.id));
}

/** Which perspectives apply; before the role is answered, every perspective does. */
export function perspectivesFor(checklist: Checklist, triage: TriageAnswers): ReadonlySet<Perspective> {
  const role = triage[checklist.perspective.question];
  const mapped = typeof role === 'string' ? checklist.perspective.map[role] : undefined;
  return new Set<Perspective>(mapped ?? ['builder', 'buyer', 'both']);
}

/** Decides, from the triage answers alone, which items apply. Pure and deterministic. */
export function resolveChecklist(checklist: Checklist, triage: TriageAnswers): ResolvedChecklist {
  const modules = activeModules(checklist, triage);
  const ctx: RuleContext = { triage, activeModules: modules };
  const perspectives = perspectivesFor(checklist, triage);
  const applicable = Object.fromEntries(STAGES.map((s) => [s, [] as ChecklistItem[]])) as ResolvedChecklist['applicable'];
  const skipped = Object.fromEntries(STAGES.map((s) => [s, [] as ResolvedChecklist['skipped'][StageId]])) as ResolvedChecklist['skipped'];
  const ids = new Set<string>();
  for (const item of checklist.items) {
    const reason = skipReason(item, perspectives, ctx);
    if (reason) skipped[item.stage].push({ item, reason });
    else {
      applicable[item.stage].push(item);
      ids.add(item.id);
    }
  }
  return { activeModules: modules, applicable, skipped, applicableIds: ids };
}

function skipReason(item: ChecklistItem, perspectives: ReadonlySet<Perspective>, ctx: RuleContext): SkipReason | null {
  if (!perspectives.has(item.perspective)) return 'perspective';
  if (item.module && !ctx.activeModules.has(item.module)) return 'module';
  if (item.appliesWhen && !evaluateRule(item.appliesWhen, ctx)) return 'rule';
  return null;
}
