import type { FieldErrors, UseFormReturn } from 'react-hook-form';
import type { SetupForm, SetupPurpose } from '../../domain';
import { FieldError } from '../common/FieldError';
import { ErrorSummary, type SummaryEntry } from '../common/ErrorSummary';

/** Each purpose in words: what it is, and what it makes the tool do. */
const PURPOSE_WORDS: Record<SetupPurpose, { label: string; help: string }> = {
  'own-product': {
    label: 'Our own product: we build or sell it',
    help: 'A self-assessment. The questions ask what you do as the company that builds or sells it.',
  },
  buying: {
    label: 'A product we are buying or procuring, and we answer the questions ourselves',
    help: 'The questions take the buyer’s view. To send questions to vendors instead, use “New procurement” on the home page.',
  },
  'independent-review': {
    label: 'Someone else’s product, reviewed independently, and we answer the questions ourselves',
    help: 'Every question applies, the builder’s and the buyer’s. To audit another organisation’s own answers, import their file and open Audit review.',
  },
  audit: {
    label: 'Independent audit of the respondent’s answers',
    help: 'Started from Audit review: the answers are the respondent’s and stay read-only; you record verdicts. Choose another purpose to leave audit mode.',
  },
  'procurement-request': {
    label: 'Procurement (as this assessment was made)',
    help: 'Here the buyer answers the questions; its report says so. To ask vendors, use “New procurement” on the home page.',
  },
  'vendor-response': {
    label: 'Vendor response (as this assessment was made)',
    help: 'Answers to a buyer’s questionnaire about your product.',
  },
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
    ['purpose', 'What you are assessing', errors.purpose?.message],
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
  /** The purposes to offer (offeredPurposes). */
  purposes: readonly SetupPurpose[];
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
      <fieldset className="field" aria-describedby="purpose-error">
        <legend>What are you assessing, and who answers the questions?</legend>
        <p className="hint">This sets the view the questions take and what your report says about who answered.</p>
        {props.purposes.map((purpose) => (
          <div key={purpose} className="choice">
            <input type="radio" id={`purpose-${purpose}`} value={purpose} {...form.register('purpose')} aria-describedby={`purpose-${purpose}-hint`} />
            <div>
              <label htmlFor={`purpose-${purpose}`}>{PURPOSE_WORDS[purpose].label}</label>
              <p id={`purpose-${purpose}-hint`} className="hint">
                {PURPOSE_WORDS[purpose].help}
              </p>
            </div>
          </div>
        ))}
        <FieldError id="purpose-error" message={errors.purpose?.message} />
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
