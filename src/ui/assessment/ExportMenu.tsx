import { useEffect, useId, useRef, useState } from 'react';
import type { Assessment } from '../../domain';
import { ReportExportButtons } from '../common/ReportExportButtons';

/**
 * One "Export" button that discloses the three exports (the data file and the two reports), so a phone
 * shows one control instead of three before the question. A disclosure (button + aria-expanded) rather than an
 * ARIA menu: its entries are ordinary buttons reached by Tab, and one can stay busy ("Preparing PDF…") or show
 * why it failed while the list is open. It stays open until the person closes it (the button or Escape), so a
 * failure is never hidden by the list closing.
 */
export function ExportMenu(props: { assessment: Assessment; onExportJson: () => void }) {
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
        Export <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <ul id={listId} ref={list} className="export-list" hidden={!open} aria-label="Exports">
        <li>
          <button type="button" onClick={props.onExportJson}>
            Export JSON
          </button>
        </li>
        <ReportExportButtons assessment={props.assessment} />
      </ul>
    </div>
  );
}
