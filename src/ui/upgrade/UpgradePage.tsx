import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { compareVersions, diffProfiles, guidanceGroups, needsRereading, planUpgrade, type AspectChange, type UpgradeOutcome, type UpgradePlan } from '../../domain';
import { bundledVersions, loadChecklist, type LoadedChecklist } from '../../app/checklistCatalog';
import { sectionHref, type SectionProps } from '../assessment/sections';
import { aspectMessage, kindMessage, OUTCOME_MESSAGES } from '../../words/upgrade';
import { defineMessages } from '../../i18n/format';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { ProfileChangeText } from './upgradeMessages';
import { LoadFailure } from '../common/LoadFailure';
import { failureReason } from '../common/storageMessages';
import { ColumnHeaders, TableScroll } from '../common/TableScroll';
import { itemLanguage, useChecklistLanguage } from '../wizard/useChecklistLanguage';

/** Column names: the table's headers, and each value's label where a phone shows a row as a card. */
const COLUMNS = defineMessages({
  item: { defaultMessage: 'Item', description: 'Checklist upgrade table: column of checklist items (id and question)' },
  change: { defaultMessage: 'What changed', description: 'Checklist upgrade table: column saying what changed in the item' },
  answer: { defaultMessage: 'Your answer', description: 'Checklist upgrade table: column saying what happens to the answer' },
});

/**
 * "Upgrade to a newer checklist": shows, item by item, what the next version changes and
 * what happens to each answer, then records the upgrade as one change in the trail.
 * Nothing changes until the person confirms. Versions are taken one at a time (1.0.0 →
 * 1.1.0 → 1.2.0), as the CLI does, because each version's `upgradeFrom` describes only its
 * predecessor: a jump would read merged items as retired.
 */
export default function UpgradePage(props: SectionProps) {
  const { assessment, loaded } = props;
  const [target, setTarget] = useState<LoadedChecklist | { error: unknown } | null>(null);

  const { id: checklistId, version: current } = assessment.checklist;
  useEffect(() => {
    let live = true;
    const next = bundledVersions(checklistId).find((v) => compareVersions(v, current) > 0) ?? current;
    loadChecklist(checklistId, next).then(
      (value) => live && setTarget(value),
      (e: unknown) => live && setTarget({ error: e }),
    );
    return () => {
      live = false;
    };
  }, [checklistId, current]);

  if (target === null)
    return (
      <p role="status">
        <FormattedMessage defaultMessage="Comparing checklist versions…" description="Checklist upgrade: while the newer version loads" />
      </p>
    );
  if ('error' in target)
    return (
      <LoadFailure
        what={<FormattedMessage defaultMessage="The newer checklist version could not be loaded." description="Checklist upgrade: the version to upgrade to failed to load (the reason follows)" />}
        cause={target.error}
      />
    );
  if (target.checklist.version === loaded.checklist.version) {
    return (
      <section aria-labelledby="upgrade-title">
        <h2 id="upgrade-title">
          <FormattedMessage defaultMessage="Checklist version" description="Checklist upgrade: heading when there is nothing to upgrade to" />
        </h2>
        <p>
          <FormattedMessage
            defaultMessage="This assessment already uses the newest checklist version this app has ({version})."
            description="Checklist upgrade: no newer version is bundled; version is like 1.2.0"
            values={{ version: loaded.checklist.version }}
          />
        </p>
      </section>
    );
  }
  return <UpgradePlanView {...props} target={target} />;
}

/** The plan of one upgrade step, its checklist texts in the chosen language where translated (the plan itself is made on the English). */
function UpgradePlanView(props: SectionProps & { target: LoadedChecklist }) {
  const { assessment, loaded, commit, target } = props;
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const intl = useIntl();
  const aspect = (a: AspectChange) => intl.formatMessage(...aspectMessage(a));
  const shownTarget = useChecklistLanguage(target);
  const plan = useMemo<UpgradePlan>(() => planUpgrade(assessment, loaded.checklist, target.checklist, target.ref), [assessment, loaded, target]);
  const from = loaded.checklist.version;
  const to = target.checklist.version;
  const lang = (language: string) => (language === intl.locale ? undefined : language);
  /** An item's question as read in the chosen language: the newer version's, or the current one's for an item that is gone. */
  const question = (id: string) => {
    const newer = shownTarget.loaded.checklist.items.find((i) => i.id === id);
    if (newer) return <span lang={lang(itemLanguage(shownTarget, id))}>{newer.question}</span>;
    const older = props.shown.loaded.checklist.items.find((i) => i.id === id);
    return older ? <span lang={lang(itemLanguage(props.shown, id))}>{older.question}</span> : null;
  };
  const triageQuestion = (id: string) => <span lang={lang(shownTarget.textsLanguage)}>{shownTarget.loaded.checklist.triage.find((q) => q.id === id)?.question}</span>;
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
      setError(
        intl.formatMessage(
          { defaultMessage: 'The upgrade was not saved: {problem}', description: 'Checklist upgrade: saving the upgrade failed (the reason follows)' },
          { problem: failureReason(e, intl) },
        ),
      );
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="upgrade-title">
      <h2 id="upgrade-title">
        <FormattedMessage defaultMessage="Upgrade from checklist {from} to {to}" description="Checklist upgrade: heading; from and to are versions like 1.1.0" values={{ from, to }} />
      </h2>
      <p>
        <FormattedMessage
          defaultMessage="{carried, plural, one {# answer is kept as it is} other {# answers are kept as they are}}, {moved, plural, one {# moves to the item it was merged into} other {# move to the item they were merged into}}, and {toAnswer, plural, one {# applicable item will need an answer} other {# applicable items will need an answer}}. Version {from} stays available: until you upgrade, this assessment keeps using it."
          description="Checklist upgrade: what the upgrade does to the answers; from is the current version like 1.1.0"
          values={{ carried: count('carried'), moved: count('moved'), toAnswer: plan.toAnswer.length, from }}
        />
      </p>
      {plan.newProfileQuestions.length > 0 && (
        <div className="alert warning">
          <p>
            <FormattedMessage
              defaultMessage="{count, plural, one {Version {to} asks a new profile question. Answer it in the profile after upgrading: it decides which items apply.} other {Version {to} asks # new profile questions. Answer them in the profile after upgrading: they decide which items apply.}}"
              description="Checklist upgrade: the newer version adds profile questions; to is a version like 1.2.0"
              values={{ count: plan.newProfileQuestions.length, to }}
            />
          </p>
          <ul aria-label={intl.formatMessage({ defaultMessage: 'New profile questions', description: 'Checklist upgrade: spoken name of the list of new profile questions' })}>
            {plan.newProfileQuestions.map((id) => (
              <li key={id}>{triageQuestion(id)}</li>
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
                {triageQuestion(q.id)}
                <ul className="aspects">
                  {q.changes.map((c, i) => (
                    <li key={i}>
                      <ProfileChangeText change={c} lang={lang('en')} />
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
        <p className="alert warning">
          <FormattedMessage
            defaultMessage="This revision is signed and cannot change. Start a new revision to upgrade it."
            description="Checklist upgrade: the revision is locked by a signature"
          />
        </p>
      ) : (
        <div className="button-row">
          <button type="button" className="primary" onClick={upgrade} disabled={busy}>
            <FormattedMessage defaultMessage="Upgrade to {to}" description="Checklist upgrade: button; to is a version like 1.2.0" values={{ to }} />
          </button>
          <Link href={sectionHref(assessment.id, 'checklist')}>
            <FormattedMessage defaultMessage="Keep version {from}" description="Checklist upgrade: link back without upgrading; from is a version like 1.1.0" values={{ from }} />
          </Link>
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
                <ColumnHeaders names={[intl.formatMessage(COLUMNS.item), intl.formatMessage(COLUMNS.change), intl.formatMessage(COLUMNS.answer)]} />
              </tr>
            </thead>
            <tbody>
              {reread.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <span className="item-id">{r.id}</span> {question(r.id)}
                  </th>
                  <td data-label={intl.formatMessage(COLUMNS.change)}>
                    {kindMessage(r) && intl.formatMessage(...kindMessage(r)!)}
                    {r.aspects.length > 0 && (
                      <ul className="aspects">
                        {r.aspects.map((a) => (
                          <li key={a.aspect}>{aspect(a)}</li>
                        ))}
                      </ul>
                    )}
                    {r.note && (
                      <p className="hint" lang={lang('en')}>
                        {r.note}
                      </p>
                    )}
                  </td>
                  <td data-label={intl.formatMessage(COLUMNS.answer)}>{intl.formatMessage(OUTCOME_MESSAGES[r.outcome])}</td>
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
          <h3 id="to-answer-title">
            <FormattedMessage
              defaultMessage="To answer after upgrading ({count, number})"
              description="Checklist upgrade: heading of the items that will need an answer"
              values={{ count: plan.toAnswer.length }}
            />
          </h3>
          <ul>
            {plan.toAnswer.map((id) => (
              <li key={id}>
                <span className="item-id">{id}</span> {question(id)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
