import { useId, useState } from 'react';
import { DECISION_OUTCOMES, DecisionSchema, decisionProblems, type ClauseLibrary, type Decision, type DecisionCondition, type DecisionOutcome } from '../../../domain/procurement';
import type { SourcesRegistry } from '../../../domain';
import { DECISION_OUTCOME_LABELS } from '../../../words/procurement';
import { ConditionsEditor } from './ConditionsEditor';
import type { DecisionCandidate } from './decisionVendors';
import { DECISION_FIELD_WORDS, decisionProblemText } from './decisionWords';

const OUTCOME_HELP: Record<DecisionOutcome, string> = {
  approve: 'The vendor is approved as it answered.',
  'approve-with-conditions': 'The vendor is approved only with contract conditions from the clause library (at least one).',
  reject: 'No vendor is approved, or the vendor chosen is rejected.',
};

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
      setProblems(parsed.error.issues.map((i) => `${DECISION_FIELD_WORDS[String(i.path[0])] ?? String(i.path[0])}: ${i.path[0] === 'outcome' ? 'choose approve, approve with conditions or reject' : i.message}`));
      return;
    }
    const found = decisionProblems(parsed.data, props.candidates, props.library, props.asked);
    if (found.length) {
      setProblems(found.map((p) => decisionProblemText(p, vendor?.organisation ?? 'The vendor')));
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
      <h3 id={`${id}-title`}>{init ? 'Change the decision' : 'Record the decision'}</h3>
      {problems.length > 0 && (
        <div role="alert" className="alert error">
          <p>
            <strong>The decision was not recorded:</strong>
          </p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <fieldset disabled={busy}>
        <legend>Decision</legend>
        {DECISION_OUTCOMES.map((o) => (
          <label key={o} className="choice">
            <input type="radio" name={`${id}-outcome`} checked={outcome === o} onChange={() => setOutcome(o)} /> {DECISION_OUTCOME_LABELS[o]}{' '}
            <span className="hint">{OUTCOME_HELP[o]}</span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-vendor`}>Vendor{approving ? ' (required)' : ' (optional for a rejection)'}</label>
        <select id={`${id}-vendor`} value={vendorId} disabled={busy} onChange={(e) => setVendorId(e.target.value)}>
          <option value="">{approving ? 'Choose a vendor' : 'No vendor: none is approved'}</option>
          {props.candidates.map((c) => (
            <option key={c.responseId} value={c.responseId}>
              {c.organisation} (revision {c.revision}) — {c.redFlags.length ? `${c.redFlags.length} red ${c.redFlags.length === 1 ? 'flag' : 'flags'}` : 'no red flag'}
            </option>
          ))}
        </select>
      </div>
      {approving && vendor && vendor.redFlags.length > 0 && (
        <fieldset className="alert warning" disabled={busy}>
          <legend>
            <bdi>{vendor.organisation}</bdi> still raises {vendor.redFlags.length} red {vendor.redFlags.length === 1 ? 'flag' : 'flags'}
          </legend>
          <p>No score outweighs a red flag. To approve this vendor you must confirm each one; the decision report will list them as accepted by you.</p>
          {vendor.linkable
            .filter((q) => q.redFlag)
            .map((q) => (
              <label key={q.key} className="choice">
                <input
                  type="checkbox"
                  checked={accepted.includes(q.key)}
                  onChange={(e) => setAccepted(e.target.checked ? [...accepted, q.key] : accepted.filter((k) => k !== q.key))}
                />{' '}
                I approve despite the red flag on {q.key}: <bdi>{q.question}</bdi>
              </label>
            ))}
        </fieldset>
      )}
      <div className="field">
        <label htmlFor={`${id}-rationale`}>Reasons for the decision (required)</label>
        <textarea id={`${id}-rationale`} rows={5} value={rationale} disabled={busy} onChange={(e) => setRationale(e.target.value)} />
      </div>
      {outcome === 'approve-with-conditions' && (
        <ConditionsEditor library={props.library} registry={props.registry} conditions={conditions} onChange={setConditions} linkable={vendor?.linkable ?? []} disabled={busy} />
      )}
      <div className="field">
        <label htmlFor={`${id}-by`}>Decided by</label>
        <input id={`${id}-by`} value={decidedBy} maxLength={200} disabled={busy} onChange={(e) => setDecidedBy(e.target.value)} />
      </div>
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
          Record the decision
        </button>
      </div>
    </form>
  );
}
