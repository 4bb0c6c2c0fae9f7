import type { FieldErrors, UseFormReturn } from 'react-hook-form';
import { ASSESSMENT_MODES, MODE_LABELS, type SetupForm } from '../../domain';
import { FieldError } from '../common/FieldError';
import { ErrorSummary, type SummaryEntry } from '../common/ErrorSummary';

const MODE_HELP: Record<(typeof ASSESSMENT_MODES)[number], string> = {
  self: 'You are checking your own product.',
  'procurement-request': 'You are preparing questions for vendors you may buy from.',
  'vendor-response': 'You are answering a buyer’s questionnaire about your product.',
  audit: 'You are checking someone else’s product independently.',
};

/** The product step's fields: the same form whether it creates an assessment or edits one. */
const NONE: SummaryEntry[] = [];

/** The summary of a failed submit, from react-hook-form's errors: each problem named by its field. */
export function setupSummary(errors: FieldErrors<SetupForm>): SummaryEntry[] {
  const fields = [
    ['subject.productName', 'Product name', errors.subject?.productName?.message],
    ['subject.version', 'Version', errors.subject?.version?.message],
    ['subject.organisation', 'Organisation', errors.subject?.organisation?.message],
    ['subject.assessor', 'Assessor', errors.subject?.assessor?.message],
    ['subject.description', 'What it does', errors.subject?.description?.message],
  ] as const;
  return fields.flatMap(([fieldName, label, message]) => (message ? [{ fieldName, text: `${label}: ${message}` }] : []));
}

export function SetupFormView(props: {
  form: UseFormReturn<SetupForm>;
  onSubmit: (e?: React.BaseSyntheticEvent) => Promise<void>;
  readOnly?: boolean;
  /** Set after a failed submit (a new array each time, so focus moves to it again). */
  summary?: readonly SummaryEntry[];
  /** Audit mode: the product details are the respondent's, only the purpose may change. */
  subjectReadOnly?: boolean;
}) {
  const { form } = props;
  const errors = form.formState.errors;
  return (
    <form onSubmit={props.onSubmit} noValidate aria-labelledby="setup-title" className="step">
      <ErrorSummary entries={props.summary ?? NONE} />
      <h2 id="setup-title">What are you assessing?</h2>
      <fieldset className="plain" disabled={props.readOnly}>
      {props.subjectReadOnly && !props.readOnly && (
        <p className="alert">Audit mode: the product details are the respondent’s and are shown read-only. You can change the purpose below.</p>
      )}
      <fieldset className="plain" disabled={props.subjectReadOnly}>
      <div className="field">
        <label htmlFor="productName">Product name (required)</label>
        <input id="productName" {...form.register('subject.productName')} aria-invalid={!!errors.subject?.productName} aria-describedby="productName-error" />
        <FieldError id="productName-error" message={errors.subject?.productName?.message} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="productVersion">Version</label>
          <input id="productVersion" {...form.register('subject.version')} />
        </div>
        <div className="field">
          <label htmlFor="organisation">Organisation</label>
          <input id="organisation" {...form.register('subject.organisation')} />
        </div>
      </div>
      <div className="field">
        <label htmlFor="assessor">Assessor (who carries out this assessment)</label>
        <input id="assessor" autoComplete="name" {...form.register('subject.assessor')} aria-describedby="assessor-hint" />
        <p id="assessor-hint" className="hint">A name or a role; it is printed on the report’s cover.</p>
      </div>
      <div className="field">
        <label htmlFor="description">What it does, in a few sentences</label>
        <textarea id="description" rows={4} {...form.register('subject.description')} />
      </div>
      </fieldset>
      <fieldset className="field">
        <legend>Why are you doing this assessment?</legend>
        {ASSESSMENT_MODES.map((mode) => (
          <div key={mode} className="choice">
            <input type="radio" id={`mode-${mode}`} value={mode} {...form.register('mode')} />
            <label htmlFor={`mode-${mode}`}>
              {MODE_LABELS[mode]} <span className="muted">— {MODE_HELP[mode]}</span>
            </label>
          </div>
        ))}
      </fieldset>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="primary" disabled={props.readOnly}>
          Continue to the profile
        </button>
      </div>
    </form>
  );
}
