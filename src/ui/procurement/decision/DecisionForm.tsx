import { useId, useState } from 'react';
import { issueDetail } from '../../../domain/problems';
import { problemText } from '../../../words/problems';
import { DECISION_OUTCOMES, DecisionSchema, decisionProblems, type ClauseLibrary, type Decision, type DecisionCondition, type DecisionOutcome } from '../../../domain/procurement';
import type { SourcesRegistry } from '../../../domain';
import { defineMessages, type MessageDescriptor } from '../../../i18n/format';
import { FormattedMessage, useIntl } from '../../../i18n/react';
import { DECISION_OUTCOME_MESSAGES } from '../codeMessages';
import { ConditionsEditor } from './ConditionsEditor';
import type { DecisionCandidate } from './decisionVendors';
import { DECISION_FIELD_MESSAGES, decisionProblemText } from './decisionWords';

const OUTCOME_HELP: Record<DecisionOutcome, MessageDescriptor> = defineMessages({
  approve: { defaultMessage: 'The vendor is approved as it answered.', description: 'Decision form: what “Approve” means' },
  'approve-with-conditions': {
    defaultMessage: 'The vendor is approved only with contract conditions from the clause library (at least one).',
    description: 'Decision form: what “Approve with conditions” means',
  },
  reject: { defaultMessage: 'No vendor is approved, or the vendor chosen is rejected.', description: 'Decision form: what “Reject” means' },
});

/**
 * The decision form: outcome, vendor, reasons, conditions, and, when the vendor approved
 * still raises red flags, one confirmation per red flag. Checked against the domain's
 * schema and rules before anything is stored; every problem is listed in words.
 */
export function DecisionForm(props: {
  candidates: DecisionCandidate[];
  library: ClauseLibrary;
  registry: SourcesRegistry;
  asked: ReadonlySet<string>;
  initial: Decision | null;
  now: () => Date;
  onSave: (decision: Decision) => Promise<string | null>;
}) {
  const id = useId();
  const intl = useIntl();
  const init = props.initial;
  const [outcome, setOutcome] = useState<DecisionOutcome | ''>(init?.outcome ?? '');
  const [vendorId, setVendorId] = useState(init?.vendor?.responseId ?? '');
  const [rationale, setRationale] = useState(init?.rationale ?? '');
  const [decidedBy, setDecidedBy] = useState(init?.decidedBy ?? '');
  const [conditions, setConditions] = useState<DecisionCondition[]>(init?.conditions ?? []);
  const [accepted, setAccepted] = useState<string[]>(init?.acceptedRedFlags ?? []);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const vendor = props.candidates.find((c) => c.responseId === vendorId) ?? null;
  const approving = outcome === 'approve' || outcome === 'approve-with-conditions';

  async function save() {
    const input = {
      schemaVersion: 1,
      outcome: outcome || undefined,
      vendor: vendor ? { responseId: vendor.responseId, organisation: vendor.organisation, revision: vendor.revision } : null,
      rationale,
      clauseLibrary: { id: props.library.id, version: props.library.version },
      conditions: outcome === 'approve-with-conditions' ? conditions : [],
      acceptedRedFlags: approving && vendor ? accepted.filter((k) => vendor.redFlags.includes(k)) : [],
      decidedAt: props.now().toISOString(),
      decidedBy,
    };
    const parsed = DecisionSchema.safeParse(input);
    if (!parsed.success) {
      const field = (path: string) => (Object.hasOwn(DECISION_FIELD_MESSAGES, path) ? intl.formatMessage(DECISION_FIELD_MESSAGES[path]!) : path);
      const chooseOutcome = intl.formatMessage({ defaultMessage: 'choose approve, approve with conditions or reject', description: 'Decision form: no decision chosen (after the field name “Decision”)' });
      setProblems(
        parsed.error.issues.map((i) =>
          intl.formatMessage(
            { defaultMessage: '{field}: {problem}', description: 'Decision form, problems: a field’s name, then what is wrong with it' },
            { field: field(String(i.path[0])), problem: i.path[0] === 'outcome' ? chooseOutcome : problemText(intl, issueDetail(i)) },
          ),
        ),
      );
      return;
    }
    const found = decisionProblems(parsed.data, props.candidates, props.library, props.asked);
    if (found.length) {
      setProblems(found.map((p) => decisionProblemText(intl, p, vendor?.organisation ?? null)));
      return;
    }
    setBusy(true);
    const refused = await props.onSave(parsed.data);
    setBusy(false);
    setProblems(refused ? [refused] : []);
  }

  return (
    <form
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 id={`${id}-title`}>
        {init ? (
          <FormattedMessage defaultMessage="Change the decision" description="Decision form: heading when a decision is already recorded" />
        ) : (
          <FormattedMessage defaultMessage="Record the decision" description="Decision form: heading" />
        )}
      </h3>
      {problems.length > 0 && (
        <div role="alert" className="alert error">
          <p>
            <strong>
              <FormattedMessage defaultMessage="The decision was not recorded:" description="Decision form: above the problems that stopped it" />
            </strong>
          </p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <fieldset disabled={busy}>
        <legend>{intl.formatMessage(DECISION_FIELD_MESSAGES.outcome!)}</legend>
        {DECISION_OUTCOMES.map((o) => (
          <label key={o} className="choice">
            <input type="radio" name={`${id}-outcome`} checked={outcome === o} onChange={() => setOutcome(o)} /> {intl.formatMessage(DECISION_OUTCOME_MESSAGES[o])}{' '}
            <span className="hint">{intl.formatMessage(OUTCOME_HELP[o])}</span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-vendor`}>
          {approving ? (
            <FormattedMessage defaultMessage="Vendor (required)" description="Decision form: vendor choice when approving" />
          ) : (
            <FormattedMessage defaultMessage="Vendor (optional for a rejection)" description="Decision form: vendor choice when rejecting or before a decision is chosen" />
          )}
        </label>
        <select id={`${id}-vendor`} value={vendorId} disabled={busy} onChange={(e) => setVendorId(e.target.value)}>
          <option value="">
            {approving
              ? intl.formatMessage({ defaultMessage: 'Choose a vendor', description: 'Decision form: empty vendor choice when approving' })
              : intl.formatMessage({ defaultMessage: 'No vendor: none is approved', description: 'Decision form: empty vendor choice when rejecting' })}
          </option>
          {props.candidates.map((c) => (
            <option key={c.responseId} value={c.responseId}>
              {intl.formatMessage(
                {
                  defaultMessage: '{vendor} (revision {revision}) — {count, plural, =0 {no red flag} one {# red flag} other {# red flags}}',
                  description: 'Decision form: a vendor in the vendor choice, its revision and its red flags',
                },
                { vendor: c.organisation, revision: c.revision, count: c.redFlags.length },
              )}
            </option>
          ))}
        </select>
      </div>
      {approving && vendor && vendor.redFlags.length > 0 && (
        <fieldset className="alert warning" disabled={busy}>
          <legend>
            <FormattedMessage
              defaultMessage="{vendor} still raises {count, plural, one {# red flag} other {# red flags}}"
              description="Decision form: how many red flags the vendor being approved still raises"
              values={{ vendor: <bdi>{vendor.organisation}</bdi>, count: vendor.redFlags.length }}
            />
          </legend>
          <p>
            <FormattedMessage
              defaultMessage="No score outweighs a red flag. To approve this vendor you must confirm each one; the decision report will list them as accepted by you."
              description="Decision form: why each red flag must be confirmed"
            />
          </p>
          {vendor.linkable
            .filter((q) => q.redFlag)
            .map((q) => (
              <label key={q.key} className="choice">
                <input
                  type="checkbox"
                  checked={accepted.includes(q.key)}
                  onChange={(e) => setAccepted(e.target.checked ? [...accepted, q.key] : accepted.filter((k) => k !== q.key))}
                />{' '}
                <FormattedMessage
                  defaultMessage="I approve despite the red flag on {key}: {question}"
                  description="Decision form: checkbox confirming one red flag; {key} is a question id"
                  values={{ key: q.key, question: <bdi lang={q.lang}>{q.question}</bdi> }}
                />
              </label>
            ))}
        </fieldset>
      )}
      <div className="field">
        <label htmlFor={`${id}-rationale`}>
          <FormattedMessage defaultMessage="Reasons for the decision (required)" description="Decision form: field label" />
        </label>
        <textarea id={`${id}-rationale`} rows={5} value={rationale} disabled={busy} onChange={(e) => setRationale(e.target.value)} />
      </div>
      {outcome === 'approve-with-conditions' && (
        <ConditionsEditor library={props.library} registry={props.registry} conditions={conditions} onChange={setConditions} linkable={vendor?.linkable ?? []} disabled={busy} />
      )}
      <div className="field">
        <label htmlFor={`${id}-by`}>{intl.formatMessage(DECISION_FIELD_MESSAGES.decidedBy!)}</label>
        <input id={`${id}-by`} value={decidedBy} maxLength={200} disabled={busy} onChange={(e) => setDecidedBy(e.target.value)} />
      </div>
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
          <FormattedMessage defaultMessage="Record the decision" description="Decision form: submit button" />
        </button>
      </div>
    </form>
  );
}
