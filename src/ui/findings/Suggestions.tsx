import { useWatch, type UseFormReturn } from 'react-hook-form';
import type { FindingRecord } from '../../domain';
import type { FindingDraft } from './findingForm';

/**
 * The rights or groups the checklist item names and the assessor has not ticked: said as suggestions,
 * with one button to take them all. Nothing is ticked for the assessor, so a report never prints the
 * checklist's guess as their judgement.
 */
export function Suggestions(props: {
  form: UseFormReturn<FindingDraft, unknown, FindingRecord>;
  name: 'rights' | 'groups';
  suggested: readonly string[];
  options: readonly { value: string; label: string }[];
  noun: string;
}) {
  const chosen = useWatch({ control: props.form.control, name: props.name });
  const open = props.suggested.filter((v) => !chosen.includes(v));
  if (open.length === 0) return null;
  const label = (v: string) => props.options.find((o) => o.value === v)?.label ?? v;
  return (
    <span className="suggestions">
      Suggested by the checklist item, not chosen until you tick them: {open.map(label).join('; ')}.{' '}
      <button type="button" className="link-button" onClick={() => props.form.setValue(props.name, [...chosen, ...open], { shouldDirty: true })}>
        Tick the suggested {props.noun}
      </button>
    </span>
  );
}
