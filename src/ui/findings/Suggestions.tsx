import { Fragment } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import type { FindingRecord } from '../../domain';
import type { FindingDraft } from './findingForm';
import type { Option } from '../common/labels';
import { FormattedMessage, useIntl } from '../../i18n/react';

/**
 * The rights or groups the checklist item names and the assessor has not ticked: said as suggestions,
 * with one button to take them all. Nothing is ticked for the assessor, so a report never prints the
 * checklist's guess as their judgement.
 */
export function Suggestions(props: {
  form: UseFormReturn<FindingDraft, unknown, FindingRecord>;
  name: 'rights' | 'groups';
  suggested: readonly string[];
  options: readonly Option[];
}) {
  const intl = useIntl();
  const chosen = useWatch({ control: props.form.control, name: props.name });
  const open = props.suggested.filter((v) => !chosen.includes(v));
  if (open.length === 0) return null;
  const option = (v: string) => props.options.find((o) => o.value === v);
  // Rights' names hold commas ("Life, liberty and security of person"), so they are set apart by a semicolon.
  const separator = intl.formatMessage({ defaultMessage: ';', description: 'Separator between the entries of a list whose entries may themselves hold commas (a semicolon; a space follows it)' });
  const suggested = open.map((v, i) => (
    <Fragment key={v}>
      {i > 0 && `${separator} `}
      <span lang={option(v)?.lang}>{option(v)?.label ?? v}</span>
    </Fragment>
  ));
  return (
    <span className="suggestions">
      <FormattedMessage
        defaultMessage="Suggested by the checklist item, not chosen until you tick them: {suggested}."
        description="Finding editor, under the rights or groups: what the checklist item suggests (a list of rights or of groups of people follows)"
        values={{ suggested }}
      />{' '}
      <button type="button" className="link-button" onClick={() => props.form.setValue(props.name, [...chosen, ...open], { shouldDirty: true })}>
        {props.name === 'rights' ? (
          <FormattedMessage defaultMessage="Tick the suggested rights" description="Finding editor: button that ticks every right the checklist item suggests" />
        ) : (
          <FormattedMessage defaultMessage="Tick the suggested groups" description="Finding editor: button that ticks every group of people the checklist item suggests" />
        )}
      </button>
    </span>
  );
}
