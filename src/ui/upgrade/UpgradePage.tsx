import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { planUpgrade, type UpgradeOutcome, type UpgradePlan } from '../../domain';
import { loadChecklist, type LoadedChecklist } from '../../app/checklistCatalog';
import { sectionHref, type SectionProps } from '../assessment/sections';
import { changeText, OUTCOME_WORDS } from '../../words/upgrade';

/**
 * "Upgrade to a newer checklist": shows, item by item, what the newer version changes and
 * what happens to each answer, then records the upgrade as one change in the trail.
 * Nothing changes until the person confirms.
 */
export default function UpgradePage(props: SectionProps) {
  const { assessment, loaded, commit } = props;
  const [, navigate] = useLocation();
  const [newest, setNewest] = useState<LoadedChecklist | { error: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    loadChecklist(assessment.checklist.id).then(
      (value) => live && setNewest(value),
      (e: Error) => live && setNewest({ error: e.message }),
    );
    return () => {
      live = false;
    };
  }, [assessment.checklist.id]);

  const plan = useMemo<UpgradePlan | null>(
    () => (newest && 'checklist' in newest ? planUpgrade(assessment, loaded.checklist, newest.checklist, newest.ref) : null),
    [assessment, loaded, newest],
  );

  if (newest === null) return <p role="status">Comparing checklist versions…</p>;
  if ('error' in newest) return <p role="alert" className="alert error">{newest.error}</p>;
  const from = loaded.checklist.version;
  const to = newest.checklist.version;
  if (!plan || to === from) {
    return (
      <section aria-labelledby="upgrade-title">
        <h2 id="upgrade-title">Checklist version</h2>
        <p>This assessment already uses the newest checklist version this app has ({from}).</p>
      </section>
    );
  }
  const { rows } = plan;
  const changed = rows.filter((r) => r.change !== 'unchanged' || r.ruleChanged || r.redFlagChanged);
  const count = (outcome: UpgradeOutcome) => rows.filter((r) => r.outcome === outcome).length;

  async function upgrade() {
    setBusy(true);
    setError(null);
    try {
      await commit(plan!.change);
      navigate(sectionHref(assessment.id, 'checklist'));
    } catch (e) {
      setError(`The upgrade was not saved: ${(e as Error).message}`);
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="upgrade-title">
      <h2 id="upgrade-title">
        Upgrade from checklist {from} to {to}
      </h2>
      <p>
        {count('carried')} answers are kept as they are, {count('moved')} move to the item
        they were merged into, and {plan.toAnswer.length} applicable items will need an answer. Version {from} stays available: until
        you upgrade, this assessment keeps using it.
      </p>
      {plan.newProfileQuestions.length > 0 && (
        <div className="alert warning">
          <p>
            Version {to} asks {plan.newProfileQuestions.length === 1 ? 'a new profile question' : `${plan.newProfileQuestions.length} new profile questions`}. Answer{' '}
            {plan.newProfileQuestions.length === 1 ? 'it' : 'them'} in the profile after upgrading: {plan.newProfileQuestions.length === 1 ? 'it decides' : 'they decide'} which
            items apply.
          </p>
          <ul aria-label="New profile questions">
            {plan.newProfileQuestions.map((id) => (
              <li key={id}>{newest.checklist.triage.find((q) => q.id === id)?.question}</li>
            ))}
          </ul>
        </div>
      )}
      {assessment.revision.lockedAt ? (
        <p className="alert warning">This revision is signed and cannot change. Start a new revision to upgrade it.</p>
      ) : (
        <div className="button-row">
          <button type="button" className="primary" onClick={upgrade} disabled={busy}>
            Upgrade to {to}
          </button>
          <Link href={sectionHref(assessment.id, 'checklist')}>Keep version {from}</Link>
        </div>
      )}
      {error && (
        <p role="alert" className="alert error">
          {error}
        </p>
      )}
      <table>
        <caption>What changes, item by item ({changed.length} of {rows.length} items)</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">What changed</th>
            <th scope="col">Your answer</th>
          </tr>
        </thead>
        <tbody>
          {changed.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <span className="item-id">{r.id}</span> {(r.item ?? r.before)?.question}
              </th>
              <td>
                {changeText(r)}
                {r.note && <p className="hint">{r.note}</p>}
              </td>
              <td>{OUTCOME_WORDS[r.outcome]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {plan.toAnswer.length > 0 && (
        <section aria-labelledby="to-answer-title">
          <h3 id="to-answer-title">To answer after upgrading ({plan.toAnswer.length})</h3>
          <ul>
            {plan.toAnswer.map((id) => (
              <li key={id}>
                <span className="item-id">{id}</span> {newest.checklist.items.find((i) => i.id === id)?.question}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
