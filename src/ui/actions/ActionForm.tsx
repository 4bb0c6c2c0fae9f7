import { useEffect, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { problemResolver } from '../common/problemResolver';
import { ACTION_STATUSES, ActionSchema, type ActionItem } from '../../domain';
import type { ShownFinding } from '../findings/titles';
import { CheckboxGroup, SelectField, TextAreaField, TextField } from '../common/fields';
import { shorten, type Option } from '../common/labels';
import { useUnsavedChangesGuard } from '../common/useUnsavedChangesGuard';
import { FormActions } from '../common/FormActions';
import { useIntl } from '../../i18n/react';
import { ACTION_STATUS_MESSAGES } from '../findings/words';

/** The action as the form edits it: every field present (defaults are prefilled), the id left to the list. */
const ActionFormSchema = ActionSchema.omit({ id: true }).required();
export type ActionDraft = Omit<ActionItem, 'id'>;

export const EMPTY_ACTION: ActionDraft = { findingKeys: [], description: '', owner: '', dueDate: '', status: 'planned', completionEvidence: '' };

export function ActionForm(props: {
  title: string;
  initial: ActionDraft;
  findings: readonly ShownFinding[];
  onSave: (draft: ActionDraft) => Promise<void>;
  onCancel: () => void;
}) {
  const intl = useIntl();
  const statusOptions = useMemo<Option[]>(() => ACTION_STATUSES.map((s) => ({ value: s, label: intl.formatMessage(ACTION_STATUS_MESSAGES[s]) })), [intl]);
  const form = useForm<ActionDraft, unknown, ActionDraft>({ resolver: problemResolver(ActionFormSchema), defaultValues: props.initial });
  const { errors, isDirty, isSubmitting } = form.formState;
  useUnsavedChangesGuard(isDirty);
  useEffect(() => form.setFocus('description'), [form]);

  // A link to a finding that is no longer open stays visible, so saving never drops it unseen.
  const options = useMemo<Option[]>(() => {
    const open = props.findings.map((f) => ({ value: f.key, label: f.origin === 'item' ? `${f.key}: ${shorten(f.title, 100)}` : shorten(f.title, 100), lang: f.titleLang }));
    const gone = props.initial.findingKeys
      .filter((k) => !props.findings.some((f) => f.key === k))
      .map((k) => ({
        value: k,
        label: intl.formatMessage({ defaultMessage: '{key} (no longer an open finding)', description: 'Action form: a linked finding that is resolved or gone; key is its id' }, { key: k }),
      }));
    return [...open, ...gone];
  }, [props.findings, props.initial.findingKeys, intl]);

  return (
    <form className="panel record-form" aria-label={props.title} noValidate onSubmit={form.handleSubmit((draft) => props.onSave(draft))}>
      <h3>{props.title}</h3>
      <TextAreaField
        register={form.register}
        errors={errors}
        name="description"
        label={intl.formatMessage({ defaultMessage: 'What will be done (required)', description: 'Action form: field for the action itself' })}
        rows={2}
      />
      <CheckboxGroup
        control={form.control}
        name="findingKeys"
        legend={intl.formatMessage({ defaultMessage: 'Findings it addresses', description: 'Action form: choice of the findings the action addresses' })}
        options={options}
        empty={intl.formatMessage({
          defaultMessage: 'No findings yet: answer checklist items or add a finding of your own first.',
          description: 'Action form: there is no finding to link',
        })}
      />
      <div className="field-row">
        <TextField
          register={form.register}
          errors={errors}
          name="owner"
          label={intl.formatMessage({ defaultMessage: 'Owner', description: 'Action form: field for who is responsible' })}
          hint={intl.formatMessage({ defaultMessage: 'A person or a role.', description: 'Action form: hint under Owner' })}
        />
        <TextField
          register={form.register}
          errors={errors}
          name="dueDate"
          type="date"
          label={intl.formatMessage({ defaultMessage: 'Due date', description: 'Action form: field' })}
        />
        <SelectField
          register={form.register}
          errors={errors}
          name="status"
          label={intl.formatMessage({ defaultMessage: 'Status', description: 'Action form: field' })}
          options={statusOptions}
        />
      </div>
      <TextAreaField
        register={form.register}
        errors={errors}
        name="completionEvidence"
        label={intl.formatMessage({ defaultMessage: 'Completion evidence', description: 'Action form: field for what shows the action was done' })}
        hint={intl.formatMessage({ defaultMessage: 'What shows it was done: a document, a link, a decision.', description: 'Action form: hint under Completion evidence' })}
        rows={2}
      />
      <FormActions
        saveLabel={intl.formatMessage({ defaultMessage: 'Save action', description: 'Action form: save button' })}
        busy={isSubmitting}
        onCancel={props.onCancel}
      />
    </form>
  );
}
