import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { compareVersions, diffProfiles, guidanceGroups, needsRereading, planUpgrade, type AspectChange, type UpgradeOutcome, type UpgradePlan, type UpgradeRow } from '../../domain';
import { bundledVersions, loadChecklist, type LoadedChecklist } from '../../app/checklistCatalog';
import { sectionHref, type SectionProps } from '../assessment/sections';
import { CHANGE_WORDS, OUTCOME_WORDS } from '../../words/upgrade';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { aspectMessage, ProfileChangeText } from './upgradeMessages';
import { ColumnHeaders, TableScroll } from '../common/TableScroll';

/** Column names: the table's headers, and each value's label where a phone shows a row as a card. */
const COLUMNS = { item: 'Item', change: 'What changed', answer: 'Your answer' };

/** The kind of change, where it says more than its parts: new, gone, merged, or reworded with its meaning kept or not. */
function kindText(r: UpgradeRow): string | null {
  if (r.change === 'unchanged' || r.change === 'guidance') return null;
  return r.change === 'merged' && r.into ? `Merged into ${r.into}` : CHANGE_WORDS[r.change];
}

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
  const intl = useIntl();
  const aspect = (a: AspectChange) => intl.formatMessage(...aspectMessage(a));

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
  // Items whose answer may need another look come first, one row each; items where only guidance changed are grouped.
  const reread = rows.filter(needsRereading);
  const groups = guidanceGroups(rows);
  const guided = groups.reduce((n, g) => n + g.ids.length, 0);
  const profile = diffProfiles(loaded.checklist, target.checklist);
  const caption = intl.formatMessage(
    {
      defaultMessage: 'Items to read again: new, gone, or their question, meaning, applicability or red flag changed ({count, number} of {total, number} items)',
      description: 'Checklist upgrade: caption of the table of items whose answer may need another look',
    },
    { count: reread.length, total: rows.length },
  );
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
      {profile.changed.length > 0 && (
        <section aria-labelledby="profile-changes-title">
          <h3 id="profile-changes-title">
            <FormattedMessage
              defaultMessage="Profile questions that changed ({count, number})"
              description="Checklist upgrade: heading of the profile questions whose wording or options changed"
              values={{ count: profile.changed.length }}
            />
          </h3>
          <p>
            <FormattedMessage
              defaultMessage="Check your answers to these in the profile: a reworded question or a changed option can change what an answer means."
              description="Checklist upgrade: why the person should look at the changed profile questions"
            />
          </p>
          <ul>
            {profile.changed.map((q) => (
              <li key={q.id}>
                {target.checklist.triage.find((t) => t.id === q.id)?.question}
                <ul className="aspects">
                  {q.changes.map((c, i) => (
                    <li key={i}>
                      <ProfileChangeText change={c} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}
      {profile.helpChanged > 0 && (
        <p>
          <FormattedMessage
            defaultMessage="{count, plural, one {Help was added or changed under # profile question or option} other {Help was added or changed under # profile questions and options}}: your profile answers keep their meaning."
            description="Checklist upgrade: only the help under profile questions and options changed"
            values={{ count: profile.helpChanged }}
          />
        </p>
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
      {reread.length > 0 ? (
        <TableScroll label={caption}>
          <table className="cards">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <ColumnHeaders names={Object.values(COLUMNS)} />
              </tr>
            </thead>
            <tbody>
              {reread.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <span className="item-id">{r.id}</span> {(r.item ?? r.before)?.question}
                  </th>
                  <td data-label={COLUMNS.change}>
                    {kindText(r)}
                    {r.aspects.length > 0 && (
                      <ul className="aspects">
                        {r.aspects.map((a) => (
                          <li key={a.aspect}>{aspect(a)}</li>
                        ))}
                      </ul>
                    )}
                    {r.note && <p className="hint">{r.note}</p>}
                  </td>
                  <td data-label={COLUMNS.answer}>{OUTCOME_WORDS[r.outcome]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p>
          <FormattedMessage
            defaultMessage="No item is new or gone in version {to}, and no question, meaning, applicability or red-flag rule changes: every answer keeps its meaning."
            description="Checklist upgrade: the new version changes nothing that could change what an answer means"
            values={{ to }}
          />
        </p>
      )}
      {guided > 0 && (
        <section aria-labelledby="guidance-title">
          <h3 id="guidance-title">
            <FormattedMessage
              defaultMessage="Guidance only: answers keep their meaning ({count, plural, one {# item} other {# items}})"
              description="Checklist upgrade: heading of the items where only the help for answering changed"
              values={{ count: guided }}
            />
          </h3>
          <p>
            <FormattedMessage
              defaultMessage="In these items only what helps you answer changed; each question reads as before. The new guidance shows when you next open them."
              description="Checklist upgrade: what a guidance-only change means for the person"
            />
          </p>
          <ul className="guidance-groups">
            {groups.map((g) => (
              <li key={g.ids[0]}>
                <details>
                  <summary>
                    <FormattedMessage
                      defaultMessage="{what} ({count, plural, one {# item} other {# items}})"
                      description="Checklist upgrade: one group of guidance-only changes, what changed (a list) and how many items; opens to show the item ids"
                      values={{ what: g.aspects.map(aspect).join(' · '), count: g.ids.length }}
                    />
                  </summary>
                  <p className="id-list">{intl.formatList(g.ids, { type: 'unit', style: 'short' })}</p>
                </details>
              </li>
            ))}
          </ul>
        </section>
      )}
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
