import { useEffect, useId, useRef, useState } from 'react';
import type { Assessment } from '../../domain';
import { ReportExportButtons } from '../common/ReportExportButtons';
import { FormattedMessage, useIntl } from '../../i18n/react';

/**
 * One "Export" button that discloses the three exports (the data file and the two reports), so a phone
 * shows one control instead of three before the question. A disclosure (button + aria-expanded) rather than an
 * ARIA menu: its entries are ordinary buttons reached by Tab, and one can stay busy ("Preparing PDF…") or show
 * why it failed while the list is open. It stays open until the person closes it (the button or Escape), so a
 * failure is never hidden by the list closing.
 */
export function ExportMenu(props: { assessment: Assessment; onExportJson: () => void }) {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);

  // Opening moves focus to the first export, as a person expects after asking for the list.
  useEffect(() => {
    if (open) list.current?.querySelector('button')?.focus();
  }, [open]);

  return (
    <div
      className="export-menu"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.stopPropagation();
        setOpen(false);
        toggle.current?.focus();
      }}
    >
      <button ref={toggle} type="button" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        <FormattedMessage defaultMessage="Export" description="Assessment header: button that shows the export choices" /> <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <ul id={listId} ref={list} className="export-list" hidden={!open} aria-label={intl.formatMessage({ defaultMessage: 'Exports', description: 'Accessible name of the list of export choices' })}>
        <li>
          <button type="button" onClick={props.onExportJson}>
            <FormattedMessage defaultMessage="Export JSON" description="Export choice: the assessment as a .hrba.json data file" />
          </button>
        </li>
        <ReportExportButtons assessment={props.assessment} />
      </ul>
    </div>
  );
}
