import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  FINDING_STATUS_LABELS,
  FINDING_STATUSES,
  INVOLVEMENT_LABELS,
  INVOLVEMENTS,
  severityLevel,
  SEVERITY_ANCHORS,
  type AssessmentChangeInput,
  type FindingRecord,
} from '../../domain';
import type { LoadedChecklist } from '../../app/checklistCatalog';
import { useServices } from '../../app/services';
import { CheckboxGroup, TextAreaField, TextField } from '../common/fields';
import { groupOptions, rightOptions } from '../common/labels';
import { useUnsavedChangesGuard } from '../common/useUnsavedChangesGuard';
import { FormActions } from '../common/FormActions';
import { findingFormSchema, type FindingDraft } from './findingForm';
import { LevelRadios } from './LevelRadios';
import { Suggestions } from './Suggestions';

/**
 * Rates and describes one finding. Saved explicitly ("Save finding"), so a
 * half-made judgement is never stored as if decided; while edits are unsaved,
 * leaving the page asks first.
 */
export function FindingEditor(props: {
  findingKey: string;
  custom: boolean;
  initial: FindingDraft;
  loaded: LoadedChecklist;
  commit: (change: AssessmentChangeInput) => Promise<unknown>;
  onSaved: (key: string, record: FindingRecord) => void;
  initiallySaved?: boolean;
  /** Offered for findings a person added; item findings go away only when their answer changes. */
  onDelete?: () => void;
  /** The rights and groups the checklist item names: offered as suggestions, ticked only by the assessor. */
  suggested?: { rights: readonly string[]; groups: readonly string[] };
}) {
  const { custom, loaded } = props;
  const services = useServices();
  const schema = useMemo(() => findingFormSchema(() => services.now().toISOString(), custom), [services, custom]);
  const form = useForm<FindingDraft, unknown, FindingRecord>({ resolver: zodResolver(schema), defaultValues: props.initial });
  const [saved, setSaved] = useState(!!props.initiallySaved);
  const [failure, setFailure] = useState<string | null>(null);
  const { errors, isDirty, isSubmitting } = form.formState;
  useUnsavedChangesGuard(isDirty);
  const severity = useWatch({ control: form.control, name: 'severity' });
  const level = severityLevel(severity);
  const rights = useMemo(() => rightOptions(loaded), [loaded]);
  const groups = useMemo(() => groupOptions(loaded), [loaded]);

  const submit = form.handleSubmit(async (record) => {
    setFailure(null);
    try {
      await props.commit({ type: 'finding.set', key: props.findingKey, finding: record });
      const { updatedAt: _updatedAt, ...draft } = record;
      form.reset(draft);
      setSaved(true);
      props.onSaved(props.findingKey, record);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  });

  const id = props.findingKey;
  return (
    <form onSubmit={submit} noValidate aria-label="Rate and describe this finding" className="finding-form">
      {custom && <TextField register={form.register} errors={errors} name="title" label="Title (required)" />}
      <TextAreaField
        register={form.register}
        errors={errors}
        name="description"
        label={custom ? 'What was found' : 'What was found (optional)'}
        hint={custom ? undefined : 'Anything your answer’s notes do not already say: where the gap is and who it reaches.'}
      />
      <CheckboxGroup
        control={form.control}
        name="rights"
        legend="Rights affected"
        options={rights}
        hint={<Suggestions form={form} name="rights" suggested={props.suggested?.rights ?? []} options={rights} noun="rights" />}
      />
      <CheckboxGroup
        control={form.control}
        name="groups"
        legend="Groups of people affected"
        options={groups}
        hint={<Suggestions form={form} name="groups" suggested={props.suggested?.groups ?? []} options={groups} noun="groups" />}
      />

      <fieldset className="field severity">
        <legend>Severity (UNGP 14)</legend>
        <p className="hint">Rate each of the three dimensions from 1 to 4. Severity is judged from the point of view of the people affected, not the company.</p>
        <div className="rating-grid">
          <LevelRadios control={form.control} name="severity.scale" legend="Scale: how grave is the harm?" anchors={SEVERITY_ANCHORS.scale} />
          <LevelRadios control={form.control} name="severity.scope" legend="Scope: how many people does it reach?" anchors={SEVERITY_ANCHORS.scope} />
          <LevelRadios
            control={form.control}
            name="severity.irremediability"
            legend="Irremediability: how hard is it to put right?"
            anchors={SEVERITY_ANCHORS.irremediability}
          />
        </div>
        <p className="severity-score">
          <strong>Severity:</strong>{' '}
          {level === null
            ? 'not rated until all three are chosen'
            : `${level} of 4 (${SEVERITY_ANCHORS.scale[level - 1]!.split(':')[0]}), the highest of the three: any one can make a harm severe, so they are not averaged`}
        </p>
      </fieldset>
      <LevelRadios control={form.control} name="likelihood" legend="Likelihood: how likely is the harm?" anchors={SEVERITY_ANCHORS.likelihood} />

      <fieldset className="field">
        <legend>Our involvement (UNGP 19)</legend>
        {INVOLVEMENTS.map((v) => (
          <div className="choice" key={v}>
            <input type="radio" id={`${id}-inv-${v}`} value={v} {...form.register('involvement')} />
            <label htmlFor={`${id}-inv-${v}`}>{INVOLVEMENT_LABELS[v]}</label>
          </div>
        ))}
      </fieldset>
      <TextAreaField
        register={form.register}
        errors={errors}
        name="leverage"
        label="Leverage notes"
        hint="What you can do to prevent or mitigate the harm, alone or with others (suppliers, customers, partners)."
      />
      <fieldset className="field status-choices">
        <legend>Status</legend>
        {FINDING_STATUSES.map((v) => (
          <div className="choice" key={v}>
            <input type="radio" id={`${id}-status-${v}`} value={v} {...form.register('status')} />
            <label htmlFor={`${id}-status-${v}`}>{FINDING_STATUS_LABELS[v]}</label>
          </div>
        ))}
      </fieldset>
      <TextAreaField
        register={form.register}
        errors={errors}
        name="rationale"
        label="Rationale (required when the risk is accepted)"
        hint="Who decided, and why the remaining risk is acceptable to the people who bear it."
      />
      <FormActions saveLabel="Save finding" busy={isSubmitting} failure={failure}>
        <p role="status" className="status-line save-indicator saved">
          {saved && !isDirty ? 'Saved' : ''}
        </p>
        {isDirty && <p className="muted unsaved-note">Changes not saved yet</p>}
        {props.onDelete && (
          <button type="button" className="danger push-right" onClick={props.onDelete}>
            Delete finding
          </button>
        )}
      </FormActions>
    </form>
  );
}
