import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { loadChecklist, type LoadedChecklist } from '../../src/app/checklistCatalog';
import { StageOutline } from '../../src/ui/wizard/StageOutline';
import { resolveChecklist, type Assessment, type ChecklistItem, type StageId } from '../../src/domain';
import { bundledAssessment } from './helpers';

let loaded: LoadedChecklist;
let assessment: Assessment;
let item: ChecklistItem;
beforeAll(async () => {
  loaded = await loadChecklist();
  assessment = await bundledAssessment();
  // An item whose two wordings differ from the start, so the outline's shortening cannot hide the difference.
  const withBuyerWording = loaded.checklist.items.find((i) => i.questionBuyer && start(i.questionBuyer) !== start(i.question));
  if (!withBuyerWording) throw new Error('the bundled checklist has no item with buyer wording');
  item = withBuyerWording;
});

const start = (text: string) => text.slice(0, 40);

function renderOutline(buyer: boolean) {
  const resolved = resolveChecklist(loaded.checklist, assessment.triage);
  const stage = item.stage as StageId;
  // Only the item under test, so the check reads its wording and nothing else.
  const only = { ...resolved, applicable: { ...resolved.applicable, [stage]: [item] }, skipped: { ...resolved.skipped, [stage]: [] } };
  return render(<StageOutline buyer={buyer} stage={stage} assessment={assessment} resolved={only} currentItemId={null} onJump={() => {}} />);
}

describe('the stage outline speaks to the reader', () => {
  it('shows a buyer the buyer’s wording of a question, and a builder the builder’s', () => {
    const asBuyer = renderOutline(true);
    expect(screen.getByRole('button', { name: new RegExp(`^${item.id}\\s+${escape(start(item.questionBuyer!))}`) })).toBeTruthy();
    asBuyer.unmount();
    renderOutline(false);
    expect(screen.getByRole('button', { name: new RegExp(`^${item.id}\\s+${escape(start(item.question))}`) })).toBeTruthy();
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
