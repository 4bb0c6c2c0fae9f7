import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { problemResolver } from '../common/problemResolver';
import { FINDING_STATUSES, INVOLVEMENTS, severityLevel, type AssessmentChangeInput, type FindingRecord } from '../../domain';
import type { LoadedChecklist } from '../../app/checklistCatalog';
import type { ChecklistInLanguage } from '../wizard/useChecklistLanguage';
import { useServices } from '../../app/services';
import { CheckboxGroup, TextAreaField, TextField } from '../common/fields';
import { groupOptions, rightOptions } from '../common/labels';
import { useUnsavedChangesGuard } from '../common/useUnsavedChangesGuard';
import { FormActions } from '../common/FormActions';
import { findingFormSchema, type FindingDraft } from './findingForm';
import { LevelRadios } from './LevelRadios';
import { Suggestions } from './Suggestions';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { ANCHOR_MESSAGES, DIMENSION_MESSAGES, FINDING_STATUS_MESSAGES, FINDING_WORDS, INVOLVEMENT_MESSAGES, RATING_MESSAGES, SEVERITY_NAME_MESSAGES } from './words';
import { failureReason } from '../common/storageMessages';

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
  /** The checklist as the person reads it: the groups' names in the chosen language. */
  shown: ChecklistInLanguage;
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
  const intl = useIntl();
  const schema = useMemo(() => findingFormSchema(() => services.now().toISOString(), custom), [services, custom]);
  const form = useForm<FindingDraft, unknown, FindingRecord>({ resolver: problemResolver(schema), defaultValues: props.initial });
  const [saved, setSaved] = useState(!!props.initiallySaved);
  const [failure, setFailure] = useState<string | null>(null);
  const { errors, isDirty, isSubmitting } = form.formState;
  useUnsavedChangesGuard(isDirty);
  const severity = useWatch({ control: form.control, name: 'severity' });
  const level = severityLevel(severity);
  // The sources registry names rights in English only: marked so on a page in another language.
  const rights = useMemo(() => rightOptions(loaded).map((o) => ({ ...o, lang: intl.locale === 'en' ? undefined : 'en' })), [loaded, intl.locale]);
  const { shown } = props;
  const groups = useMemo(
    () => groupOptions(shown.loaded).map((o) => ({ ...o, lang: shown.textsLanguage === intl.locale ? undefined : shown.textsLanguage })),
    [shown, intl.locale],
  );

  const submit = form.handleSubmit(async (record) => {
    setFailure(null);
    try {
      await props.commit({ type: 'finding.set', key: props.findingKey, finding: record });
      const { updatedAt: _updatedAt, ...draft } = record;
      form.reset(draft);
      setSaved(true);
      props.onSaved(props.findingKey, record);
    } catch (error) {
      setFailure(failureReason(error, intl));
    }
  });

  const id = props.findingKey;
  return (
    <form onSubmit={submit} noValidate aria-label={intl.formatMessage({ defaultMessage: 'Rate and describe this finding', description: 'Finding editor: spoken name of the form' })} className="finding-form">
      {custom && <TextField register={form.register} errors={errors} name="title" label={intl.formatMessage({ defaultMessage: 'Title (required)', description: 'Finding editor: field for the title of a finding a person adds' })} />}
      <TextAreaField
        register={form.register}
        errors={errors}
        name="description"
        label={
          custom
            ? intl.formatMessage({ defaultMessage: 'What was found', description: 'Finding editor: field describing a finding a person adds' })
            : intl.formatMessage({ defaultMessage: 'What was found (optional)', description: 'Finding editor: field describing a finding that comes from a checklist answer' })
        }
        hint={
          custom
            ? undefined
            : intl.formatMessage({
                defaultMessage: 'Anything your answer’s notes do not already say: where the gap is and who it reaches.',
                description: 'Finding editor: hint under “What was found” for a finding from a checklist answer',
              })
        }
      />
      <CheckboxGroup
        control={form.control}
        name="rights"
        legend={intl.formatMessage({ defaultMessage: 'Rights affected', description: 'Finding editor: choice of the human rights the finding affects' })}
        options={rights}
        hint={<Suggestions form={form} name="rights" suggested={props.suggested?.rights ?? []} options={rights} />}
      />
      <CheckboxGroup
        control={form.control}
        name="groups"
        legend={intl.formatMessage({ defaultMessage: 'Groups of people affected', description: 'Finding editor: choice of the groups of people the finding affects' })}
        options={groups}
        hint={<Suggestions form={form} name="groups" suggested={props.suggested?.groups ?? []} options={groups} />}
      />

      <fieldset className="field severity">
        <legend>
          <FormattedMessage defaultMessage="Severity (UNGP 14)" description="Finding editor: heading of the three severity ratings (UN Guiding Principle 14)" />
        </legend>
        <p className="hint">
          <FormattedMessage
            defaultMessage="Rate each of the three dimensions from 1 to 4. Severity is judged from the point of view of the people affected, not the company."
            description="Finding editor: hint under the severity heading"
          />
        </p>
        <div className="rating-grid">
          <LevelRadios control={form.control} name="severity.scale" legend={intl.formatMessage(DIMENSION_MESSAGES.scale)} anchors={ANCHOR_MESSAGES.scale} />
          <LevelRadios control={form.control} name="severity.scope" legend={intl.formatMessage(DIMENSION_MESSAGES.scope)} anchors={ANCHOR_MESSAGES.scope} />
          <LevelRadios
            control={form.control}
            name="severity.irremediability"
            legend={intl.formatMessage(DIMENSION_MESSAGES.irremediability)}
            anchors={ANCHOR_MESSAGES.irremediability}
          />
        </div>
        <p className="severity-score">
          {level === null ? (
            <FormattedMessage
              defaultMessage="<b>Severity:</b> not rated until all three are chosen"
              description="Finding editor: the severity score while one of its three dimensions is not rated"
              values={{ b: (text) => <strong>{text}</strong> }}
            />
          ) : (
            <FormattedMessage
              defaultMessage="<b>Severity:</b> {severity}, the highest of the three: any one can make a harm severe, so they are not averaged"
              description="Finding editor: the severity score; severity is e.g. “4 of 4 (Grave)”"
              values={{ b: (text) => <strong>{text}</strong>, severity: intl.formatMessage(RATING_MESSAGES.severity, { level, name: intl.formatMessage(SEVERITY_NAME_MESSAGES[level - 1]!) }) }}
            />
          )}
        </p>
      </fieldset>
      <LevelRadios control={form.control} name="likelihood" legend={intl.formatMessage(DIMENSION_MESSAGES.likelihood)} anchors={ANCHOR_MESSAGES.likelihood} />

      <fieldset className="field">
        <legend>
          <FormattedMessage defaultMessage="Our involvement (UNGP 19)" description="Finding editor: how the organisation is involved in the harm (UN Guiding Principle 19)" />
        </legend>
        {INVOLVEMENTS.map((v) => (
          <div className="choice" key={v}>
            <input type="radio" id={`${id}-inv-${v}`} value={v} {...form.register('involvement')} />
            <label htmlFor={`${id}-inv-${v}`}>{intl.formatMessage(INVOLVEMENT_MESSAGES[v])}</label>
          </div>
        ))}
      </fieldset>
      <TextAreaField
        register={form.register}
        errors={errors}
        name="leverage"
        label={intl.formatMessage({ defaultMessage: 'Leverage notes', description: 'Finding editor: field on the leverage the organisation has over the harm' })}
        hint={intl.formatMessage({
          defaultMessage: 'What you can do to prevent or mitigate the harm, alone or with others (suppliers, customers, partners).',
          description: 'Finding editor: hint under “Leverage notes”',
        })}
      />
      <fieldset className="field status-choices">
        <legend>
          <FormattedMessage defaultMessage="Status" description="Finding editor: choice of the finding’s status" />
        </legend>
        {FINDING_STATUSES.map((v) => (
          <div className="choice" key={v}>
            <input type="radio" id={`${id}-status-${v}`} value={v} {...form.register('status')} />
            <label htmlFor={`${id}-status-${v}`}>{intl.formatMessage(FINDING_STATUS_MESSAGES[v])}</label>
          </div>
        ))}
      </fieldset>
      <TextAreaField
        register={form.register}
        errors={errors}
        name="rationale"
        label={intl.formatMessage({ defaultMessage: 'Rationale (required when the risk is accepted)', description: 'Finding editor: field for why a risk is accepted' })}
        hint={intl.formatMessage({
          defaultMessage: 'Who decided, and why the remaining risk is acceptable to the people who bear it.',
          description: 'Finding editor: hint under “Rationale”',
        })}
      />
      <FormActions saveLabel={intl.formatMessage({ defaultMessage: 'Save finding', description: 'Finding editor: button that saves the finding' })} busy={isSubmitting} failure={failure}>
        <p role="status" className="status-line save-indicator saved">
          {saved && !isDirty ? intl.formatMessage({ defaultMessage: 'Saved', description: 'Finding editor: the finding is saved' }) : ''}
        </p>
        {isDirty && (
          <p className="muted unsaved-note">
            <FormattedMessage defaultMessage="Changes not saved yet" description="Finding editor: the form has edits not saved yet" />
          </p>
        )}
        {props.onDelete && (
          <button type="button" className="danger push-right" onClick={props.onDelete}>
            {intl.formatMessage(FINDING_WORDS.delete)}
          </button>
        )}
      </FormActions>
    </form>
  );
}
