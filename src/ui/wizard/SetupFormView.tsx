import type { FieldErrors, UseFormReturn } from 'react-hook-form';
import type { SetupForm, SetupPurpose } from '../../domain';
import { FieldError } from '../common/FieldError';
import { ErrorSummary, FIELD_PROBLEM, type SummaryEntry } from '../common/ErrorSummary';
import { defineMessages, type MessageDescriptor } from '../../i18n/format';
import { FormattedMessage, useIntl, type IntlShape } from '../../i18n/react';

/** Each purpose in words: what it is, and what it makes the tool do. */
const PURPOSE_WORDS: Record<SetupPurpose, { label: MessageDescriptor; help: MessageDescriptor }> = {
  'own-product': defineMessages({
    label: { defaultMessage: 'Our own product: we build or sell it', description: 'Product step, purpose choice: a self-assessment' },
    help: { defaultMessage: 'A self-assessment. The questions ask what you do as the company that builds or sells it.', description: 'Product step, purpose choice: what a self-assessment means' },
  }),
  buying: defineMessages({
    label: { defaultMessage: 'A product we are buying or procuring, and we answer the questions ourselves', description: 'Product step, purpose choice: the buyer assesses' },
    help: {
      defaultMessage: 'The questions take the buyer’s view. To send questions to vendors instead, use “New procurement” on the home page.',
      description: 'Product step, purpose choice: what a buyer’s own assessment means',
    },
  }),
  'independent-review': defineMessages({
    label: { defaultMessage: 'Someone else’s product, reviewed independently, and we answer the questions ourselves', description: 'Product step, purpose choice: an independent review' },
    help: {
      defaultMessage: 'Every question applies, the builder’s and the buyer’s. To audit another organisation’s own answers, import their file and open Audit review.',
      description: 'Product step, purpose choice: what an independent review means',
    },
  }),
  audit: defineMessages({
    label: { defaultMessage: 'Independent audit of the respondent’s answers', description: 'Product step, purpose choice: audit mode' },
    help: {
      defaultMessage: 'Started from Audit review: the answers are the respondent’s and stay read-only; you record verdicts. Choose another purpose to leave audit mode.',
      description: 'Product step, purpose choice: what audit mode means',
    },
  }),
  'procurement-request': defineMessages({
    label: { defaultMessage: 'Procurement (as this assessment was made)', description: 'Product step, purpose choice kept for older procurement assessments' },
    help: {
      defaultMessage: 'Here the buyer answers the questions; its report says so. To ask vendors, use “New procurement” on the home page.',
      description: 'Product step, purpose choice kept for older procurement assessments: what it means',
    },
  }),
  'vendor-response': defineMessages({
    label: { defaultMessage: 'Vendor response (as this assessment was made)', description: 'Product step, purpose choice kept for older vendor responses' },
    help: { defaultMessage: 'Answers to a buyer’s questionnaire about your product.', description: 'Product step, purpose choice kept for older vendor responses: what it means' },
  }),
};

const FIELD_NAMES = defineMessages({
  productName: { defaultMessage: 'Product name', description: 'Product step: the product name field, as the list of problems names it' },
  version: { defaultMessage: 'Version', description: 'Product step: label of the product version field' },
  organisation: { defaultMessage: 'Organisation', description: 'Product step: label of the organisation field' },
  assessor: { defaultMessage: 'Assessor', description: 'Product step: the assessor field, as the list of problems names it' },
  description: { defaultMessage: 'What it does', description: 'Product step: the description field, as the list of problems names it' },
  purpose: { defaultMessage: 'What you are assessing', description: 'Product step: the purpose choice, as the list of problems names it' },
});
const PROBLEMS = defineMessages({
  noName: { defaultMessage: 'give the product a name', description: 'Product step: error when the product name is empty' },
  noPurpose: { defaultMessage: 'choose what you are assessing', description: 'Product step: error when no purpose is chosen' },
});

/** The product step's fields: the same form whether it creates an assessment or edits one. */
const NONE: SummaryEntry[] = [];

/**
 * A field's problem, in the chosen language: the form's own words for an empty name and a missing
 * purpose; any other problem (too long, invisible characters) as the form resolver words its code.
 */
function setupProblems(errors: FieldErrors<SetupForm>, values: SetupForm, intl: IntlShape) {
  const name = errors.subject?.productName?.message;
  return {
    productName: name && !values.subject?.productName?.trim() ? intl.formatMessage(PROBLEMS.noName) : name,
    version: errors.subject?.version?.message,
    organisation: errors.subject?.organisation?.message,
    assessor: errors.subject?.assessor?.message,
    description: errors.subject?.description?.message,
    purpose: errors.purpose ? intl.formatMessage(PROBLEMS.noPurpose) : undefined,
  };
}

/** The summary of a failed submit, from react-hook-form's errors: each problem named by its field. */
export function setupSummary(errors: FieldErrors<SetupForm>, values: SetupForm, intl: IntlShape): SummaryEntry[] {
  const problems = setupProblems(errors, values, intl);
  const fields = [
    ['subject.productName', 'productName'],
    ['subject.version', 'version'],
    ['subject.organisation', 'organisation'],
    ['subject.assessor', 'assessor'],
    ['subject.description', 'description'],
    ['purpose', 'purpose'],
  ] as const;
  return fields.flatMap(([fieldName, key]) => {
    const problem = problems[key];
    return problem ? [{ fieldName, text: intl.formatMessage(FIELD_PROBLEM, { field: intl.formatMessage(FIELD_NAMES[key]), problem }) }] : [];
  });
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
  const intl = useIntl();
  const errors = form.formState.errors;
  const problems = setupProblems(errors, form.getValues(), intl);
  return (
    <form onSubmit={props.onSubmit} noValidate aria-labelledby="setup-title" className="step">
      <ErrorSummary entries={props.summary ?? NONE} />
      <h2 id="setup-title">
        <FormattedMessage defaultMessage="What are you assessing?" description="Product step heading" />
      </h2>
      <fieldset className="plain" disabled={props.readOnly}>
      {props.subjectReadOnly && !props.readOnly && (
        <p className="alert">
          <FormattedMessage
            defaultMessage="Audit mode: the product details are the respondent’s and are shown read-only. You can change the purpose below."
            description="Product step in audit mode"
          />
        </p>
      )}
      <fieldset className="plain" disabled={props.subjectReadOnly}>
      <div className="field">
        <label htmlFor="productName">
          <FormattedMessage defaultMessage="Product name (required)" description="Product step: label of the product name field" />
        </label>
        <input id="productName" {...form.register('subject.productName')} aria-invalid={!!errors.subject?.productName} aria-describedby="productName-error" />
        <FieldError id="productName-error" message={problems.productName} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="productVersion">{intl.formatMessage(FIELD_NAMES.version)}</label>
          <input id="productVersion" {...form.register('subject.version')} />
        </div>
        <div className="field">
          <label htmlFor="organisation">{intl.formatMessage(FIELD_NAMES.organisation)}</label>
          <input id="organisation" {...form.register('subject.organisation')} />
        </div>
      </div>
      <div className="field">
        <label htmlFor="assessor">
          <FormattedMessage defaultMessage="Assessor (who carries out this assessment)" description="Product step: label of the assessor field" />
        </label>
        <input id="assessor" autoComplete="name" {...form.register('subject.assessor')} aria-describedby="assessor-hint" />
        <p id="assessor-hint" className="hint">
          <FormattedMessage defaultMessage="A name or a role; it is printed on the report’s cover." description="Product step: hint under the assessor field" />
        </p>
      </div>
      <div className="field">
        <label htmlFor="description">
          <FormattedMessage defaultMessage="What it does, in a few sentences" description="Product step: label of the product description field" />
        </label>
        <textarea id="description" rows={4} {...form.register('subject.description')} />
      </div>
      </fieldset>
      <fieldset className="field" aria-describedby="purpose-error">
        <legend>
          <FormattedMessage defaultMessage="What are you assessing, and who answers the questions?" description="Product step: legend of the purpose choice" />
        </legend>
        <p className="hint">
          <FormattedMessage defaultMessage="This sets the view the questions take and what your report says about who answered." description="Product step: hint under the purpose choice" />
        </p>
        {props.purposes.map((purpose) => (
          <div key={purpose} className="choice">
            <input type="radio" id={`purpose-${purpose}`} value={purpose} {...form.register('purpose')} aria-describedby={`purpose-${purpose}-hint`} />
            <div>
              <label htmlFor={`purpose-${purpose}`}>{intl.formatMessage(PURPOSE_WORDS[purpose].label)}</label>
              <p id={`purpose-${purpose}-hint`} className="hint">
                {intl.formatMessage(PURPOSE_WORDS[purpose].help)}
              </p>
            </div>
          </div>
        ))}
        <FieldError id="purpose-error" message={problems.purpose} />
      </fieldset>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="primary" disabled={props.readOnly}>
          <FormattedMessage defaultMessage="Continue to the profile" description="Product step: save it and go to the profile" />
        </button>
      </div>
    </form>
  );
}
