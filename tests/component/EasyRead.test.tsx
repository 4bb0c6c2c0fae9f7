import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadChecklist, type LoadedChecklist } from '../../src/app/checklistCatalog';
import { EasyReadSwitch } from '../../src/ui/common/easyRead';
import { ItemCard } from '../../src/ui/wizard/ItemCard';
import type { Assessment, ChecklistItem } from '../../src/domain';
import { bundledAssessment } from './helpers';

let loaded: LoadedChecklist;
let items: ChecklistItem[];
let assessment: Assessment;
beforeAll(async () => {
  loaded = await loadChecklist();
  items = loaded.checklist.items.slice(0, 2);
  assessment = await bundledAssessment();
});
afterEach(() => localStorage.clear());

function renderCards() {
  return render(
    <>
      <EasyReadSwitch />
      {items.map((item) => (
        <ItemCard key={item.id} item={item} assessment={assessment} loaded={loaded} onChange={() => {}} />
      ))}
    </>,
  );
}

describe('the global Easy read switch', () => {
  it('shows every item’s easy-read line as its question, with easy answer labels and headings, and remembers the choice', async () => {
    const first = renderCards();
    for (const item of items) expect(screen.getByRole('heading', { level: 3, name: item.question })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Easy read', pressed: false }));

    for (const item of items) {
      const card = screen.getByRole('article', { name: item.easyRead });
      expect(within(card).getByRole('radio', { name: 'I don’t know' })).toBeTruthy();
      expect(within(card).getByRole('radio', { name: 'Partly, not fully' })).toBeTruthy();
      expect(within(card).getByText('What good looks like and what proof to show')).toBeTruthy();
      // Why it matters is hint text under the question, read as the answer group's description.
      expect(within(card).getByRole('group', { name: 'Your answer', description: `Why we ask this: ${item.guidance.why}` })).toBeTruthy();
    }
    first.unmount();

    // A later visit starts with the switch as it was left.
    renderCards();
    expect(screen.getByRole('button', { name: 'Easy read', pressed: true })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: items[0]!.easyRead })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Easy read' }));
    expect(screen.getByRole('heading', { level: 3, name: items[0]!.question })).toBeTruthy();
    expect(screen.getAllByRole('radio', { name: 'Don’t know' })).toHaveLength(items.length);
  }, 60_000);
});
