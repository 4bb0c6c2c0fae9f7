import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HomePage } from '../../src/ui/home/HomePage';
import { bundledAssessment, makeServices, renderWithServices, uuid, wholeText } from './helpers';

describe('home list: revisions of one assessment', { timeout: 30_000 }, () => {
  it('shows one row per assessment with its latest revision, and links to the earlier ones', async () => {
    const services = makeServices();
    const first = await bundledAssessment({ productName: 'Heron' });
    await services.assessments.create(first);
    await services.assessments.create(await bundledAssessment({ productName: 'Kestrel' }));
    await services.assessments.commit(first.id, { type: 'revision.lock' });
    const second = await services.assessments.startRevision(first.id, uuid());
    renderWithServices(<HomePage />, services);

    // Counted in assessments once every line is read (the first page, drawn from the newest lines, may count rows).
    expect(await screen.findByText('Showing 1–2 of 2.')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Assessments stored in this browser' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const heron = rows.find((r) => within(r).queryByRole('rowheader', { name: /Heron/ }))!;
    expect(within(heron).getByRole('link', { name: 'Heron' }).getAttribute('href')).toBe(`/a/${second.id}`);
    expect(within(heron).getByText('Revision 2')).toBeTruthy();
    await userEvent.click(within(heron).getByText(wholeText('Earlier revisions of Heron (1)')));
    expect(within(heron).getByRole('link', { name: 'Revision 1' }).getAttribute('href')).toBe(`/a/${first.id}`);

    // Search and paging work on whole assessments: "Kestrel" finds one row, without Heron's revisions.
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search by product or organisation' }), 'kestrel');
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2);
    expect(screen.getByText('Showing 1–1 of 1 matching (2 in all).')).toBeTruthy();
  });
});
