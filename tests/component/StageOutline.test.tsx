import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { StageOutline } from '../../src/ui/wizard/StageOutline';
import { resolvedFor, triagedAssessment } from './decisionsFixtures';

describe('StageOutline', () => {
  it('shows each answer in its own words and style, and marks a raised red flag — a No never looks like a Yes', async () => {
    const assessment = await triagedAssessment({ 'CON-01': 'yes', 'CON-02': 'no', 'CON-03': 'unknown', 'CON-04': 'no', 'CON-05': 'partial' });
    const resolved = await resolvedFor(assessment);
    render(<StageOutline buyer={false} stage="conception" assessment={assessment} resolved={resolved} currentItemId={null} onJump={() => {}} />);

    const rows = within(screen.getByRole('complementary')).getAllByRole('listitem');
    const row = (id: string) => rows.find((li) => li.textContent!.startsWith(id))!;
    const badge = (id: string) => row(id).querySelector('.badge')!;
    expect([badge('CON-01').textContent, badge('CON-01').className]).toEqual(['Yes', 'badge answer-yes']);
    expect([badge('CON-02').textContent, badge('CON-02').className]).toEqual(['No', 'badge answer-no']);
    expect(badge('CON-03').className).toBe('badge answer-unknown');
    expect(badge('CON-05').className).toBe('badge answer-partial');
    // CON-04 is a red flag, raised by No; CON-02 is not a red flag.
    expect(within(row('CON-04')).getByText('Red flag')).toBeTruthy();
    expect(within(row('CON-02')).queryByText('Red flag')).toBeNull();
    const unanswered = rows.find((li) => li.textContent!.includes('Not answered'))!;
    expect(unanswered.querySelector('.badge')!.className).toBe('badge');
  });
});
