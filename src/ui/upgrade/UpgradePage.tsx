import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { compareVersions, planUpgrade, type UpgradeOutcome, type UpgradePlan } from '../../domain';
import { bundledVersions, loadChecklist, type LoadedChecklist } from '../../app/checklistCatalog';
import { sectionHref, type SectionProps } from '../assessment/sections';
import { changeText, OUTCOME_WORDS } from '../../words/upgrade';

/**
 * "Upgrade to a newer checklist": shows, item by item, what the next version changes and
 * what happens to each answer, then records the upgrade as one change in the trail.
 * Nothing changes until the person confirms. Versions are taken one at a time (1.0.0 →
 * 1.1.0 → 1.2.0), as the CLI does, because each version's `upgradeFrom` describes only its
 * predecessor: a jump would read merged items as retired.
 */
export default function UpgradePage(props: SectionProps) {
  const { assessment, loaded, commit } = props;
  const [, navigate] = useLocation();
  const [target, setTarget] = useState<LoadedChecklist | { error: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const { id: checklistId, version: current } = assessment.checklist;
  useEffect(() => {
    let live = true;
    const next = bundledVersions(checklistId).find((v) => compareVersions(v, current) > 0) ?? current;
    loadChecklist(checklistId, next).then(
      (value) => live && setTarget(value),
      (e: Error) => live && setTarget({ error: e.message }),
    );
    return () => {
      live = false;
    };
  }, [checklistId, current]);

  const plan = useMemo<UpgradePlan | null>(
    () => (target && 'checklist' in target ? planUpgrade(assessment, loaded.checklist, target.checklist, target.ref) : null),
    [assessment, loaded, target],
  );

  if (target === null) return <p role="status">Comparing checklist versions…</p>;
  if ('error' in target) return <p role="alert" className="alert error">{target.error}</p>;
  const from = loaded.checklist.version;
  const to = target.checklist.version;
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
              <li key={id}>{target.checklist.triage.find((q) => q.id === id)?.question}</li>
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
                <span className="item-id">{id}</span> {target.checklist.items.find((i) => i.id === id)?.question}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
