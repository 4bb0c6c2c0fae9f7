import { useEffect, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ACTION_STATUS_LABELS, ACTION_STATUSES, ActionSchema, type ActionItem, type Finding } from '../../domain';
import { CheckboxGroup, SelectField, TextAreaField, TextField } from '../common/fields';
import { shorten, type Option } from '../common/labels';
import { useUnsavedChangesGuard } from '../common/useUnsavedChangesGuard';
import { FormActions } from '../common/FormActions';

/** The action as the form edits it: every field present (defaults are prefilled), the id left to the list. */
const ActionFormSchema = ActionSchema.omit({ id: true }).required();
export type ActionDraft = Omit<ActionItem, 'id'>;

export const EMPTY_ACTION: ActionDraft = { findingKeys: [], description: '', owner: '', dueDate: '', status: 'planned', completionEvidence: '' };
const STATUS_OPTIONS: Option[] = ACTION_STATUSES.map((s) => ({ value: s, label: ACTION_STATUS_LABELS[s] }));

export function ActionForm(props: {
  title: string;
  initial: ActionDraft;
  findings: readonly Finding[];
  onSave: (draft: ActionDraft) => Promise<void>;
  onCancel: () => void;
}) {
  const form = useForm<ActionDraft, unknown, ActionDraft>({ resolver: zodResolver(ActionFormSchema), defaultValues: props.initial });
  const { errors, isDirty, isSubmitting } = form.formState;
  useUnsavedChangesGuard(isDirty);
  useEffect(() => form.setFocus('description'), [form]);

  // A link to a finding that is no longer open stays visible, so saving never drops it unseen.
  const options = useMemo<Option[]>(() => {
    const open = props.findings.map((f) => ({ value: f.key, label: f.origin === 'item' ? `${f.key}: ${shorten(f.title, 100)}` : shorten(f.title, 100) }));
    const gone = props.initial.findingKeys.filter((k) => !props.findings.some((f) => f.key === k)).map((k) => ({ value: k, label: `${k} (no longer an open finding)` }));
    return [...open, ...gone];
  }, [props.findings, props.initial.findingKeys]);

  return (
    <form className="panel record-form" aria-label={props.title} noValidate onSubmit={form.handleSubmit((draft) => props.onSave(draft))}>
      <h3>{props.title}</h3>
      <TextAreaField register={form.register} errors={errors} name="description" label="What will be done (required)" rows={2} />
      <CheckboxGroup
        control={form.control}
        name="findingKeys"
        legend="Findings it addresses"
        options={options}
        empty="No findings yet: answer checklist items or add a finding of your own first."
      />
      <div className="field-row">
        <TextField register={form.register} errors={errors} name="owner" label="Owner" hint="A person or a role." />
        <TextField register={form.register} errors={errors} name="dueDate" type="date" label="Due date" />
        <SelectField register={form.register} errors={errors} name="status" label="Status" options={STATUS_OPTIONS} />
      </div>
      <TextAreaField
        register={form.register}
        errors={errors}
        name="completionEvidence"
        label="Completion evidence"
        hint="What shows it was done: a document, a link, a decision."
        rows={2}
      />
      <FormActions saveLabel="Save action" busy={isSubmitting} onCancel={props.onCancel} />
    </form>
  );
}
