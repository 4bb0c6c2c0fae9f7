import { useMemo, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { defaultFindingRecord, deriveFindings, pageOf, prioritiseFindings, severityScore, type Finding } from '../../domain';
import { useServices } from '../../app/services';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { Pager } from '../common/Pager';
import { sectionHref, type SectionProps } from '../assessment/sections';
import { FindingEditor } from './FindingEditor';
import { FindingSource } from './FindingSource';
import { FindingOutline } from './FindingOutline';
import { FindingTable } from './FindingTable';
import { FindingActions } from './FindingActions';
import { draftOf } from './findingForm';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { FINDING_WORDS } from './words';
import { useFindingTitles } from './titles';
import { itemLanguage } from '../wizard/useChecklistLanguage';
import { UnreviewedTranslationNote } from '../procurement/ChecklistLanguageNote';
import { failureReason } from '../common/storageMessages';

const NEW = 'new';

/** `/findings` lists every finding in priority order; `/findings/<key>` edits one, `/findings/new` adds one. */
export default function FindingsPage({ assessment, loaded, shown, resolved, commit, param }: SectionProps) {
  const services = useServices();
  const intl = useIntl();
  const [, navigate] = useLocation();
  const titleOf = useFindingTitles(assessment, shown);
  // Ranked on the English source (the domain's order); named in the language the checklist is read in.
  const findings = useMemo(() => prioritiseFindings(deriveFindings(assessment, resolved)).map(titleOf), [assessment, resolved, titleOf]);
  // A fresh key each time the "new" form opens, so two findings added in a row never collide.
  const newKey = useMemo(() => (param === NEW ? `F-${services.newId()}` : null), [param, services]);
  const [created, setCreated] = useState<string | null>(null);
  const [notice, setNotice] = useState<ReactNode>(null);
  const [toDelete, setToDelete] = useState<Finding | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [listPage, setListPage] = useState(1);
  const listHref = sectionHref(assessment.id, 'findings');

  async function remove() {
    if (!toDelete) return;
    setToDelete(null);
    try {
      await commit({ type: 'finding.remove', key: toDelete.key });
      setNotice(
        <FormattedMessage defaultMessage="Deleted “{title}”." description="Findings: a finding was deleted" values={{ title: <bdi>{toDelete.title}</bdi> }} />,
      );
      navigate(listHref);
    } catch (error) {
      setFailure(
        intl.formatMessage(
          { defaultMessage: 'Not deleted: {problem}', description: 'Findings: deleting a finding failed (the reason follows)' },
          { problem: failureReason(error, intl) },
        ),
      );
    }
  }

  if (param === undefined) {
    const listed = pageOf(findings, listPage);
    const redFlags = findings.filter((f) => f.redFlag).length;
    const unrated = findings.filter((f) => severityScore(f.severity) === null || f.likelihood === null).length;
    return (
      <section aria-labelledby="findings-title">
        <h2 id="findings-title">
          <FormattedMessage defaultMessage="Findings" description="Findings page: heading (findings are possible impacts on human rights)" />
        </h2>
        <p className="lead">
          <FormattedMessage
            defaultMessage="Each applicable item answered No, Partly or Don’t know is a finding: a possible impact on people’s rights. Rate each one (“Rate” in the list, or open it for the full form) and decide what to do about it. They are listed in the order to act on them (UNGP 24): red flags first, then the most severe and least remediable, then the most likely."
            description="Findings page: introduction (“Rate” is the button in the list; UNGP 24 is UN Guiding Principle 24)"
          />
        </p>
        <UnreviewedTranslationNote shown={shown} />
        <p role="status" className="status-line">
          {notice}
        </p>
        <div className="button-row">
          <Link href={sectionHref(assessment.id, 'findings', NEW)} className="button">
            <FormattedMessage defaultMessage="Add a finding of your own" description="Findings page: link that opens a form for a new finding" />
          </Link>
          {findings.length > 0 && (
            <p className="muted">
              <FormattedMessage
                defaultMessage="{findings, plural, one {# finding} other {# findings}}, {redFlags, plural, one {# red flag} other {# red flags}}, {unrated, plural, other {# not yet fully rated}}."
                description="Findings page: counts of findings, of red flags among them and of those not yet fully rated"
                values={{ findings: findings.length, redFlags, unrated }}
              />
            </p>
          )}
        </div>
        {findings.length > 0 ? (
          <>
            <FindingTable
              assessmentId={assessment.id}
              findings={listed.rows}
              offset={listed.offset}
              onRate={async (f, rating) => {
                const stored = assessment.findings[f.key];
                const base = stored ? draftOf(stored) : defaultFindingRecord();
                await commit({ type: 'finding.set', key: f.key, finding: { ...base, ...rating, updatedAt: services.now().toISOString() } });
                setNotice(<FormattedMessage defaultMessage="Rated “{title}”." description="Findings: a finding was rated in the list" values={{ title: <bdi lang={f.titleLang}>{f.title}</bdi> }} />);
              }}
            />
            <Pager
              page={listed}
              label={intl.formatMessage({ defaultMessage: 'Pages of findings', description: 'Findings page: spoken name of the list’s paging' })}
              onPage={setListPage}
            />
          </>
        ) : (
          <p className="empty-state">
            <FormattedMessage
              defaultMessage="No findings yet. They appear here as you answer checklist items No, Partly or Don’t know. You can also add one of your own."
              description="Findings page: there is no finding yet"
            />
          </p>
        )}
      </section>
    );
  }

  const finding = findings.find((f) => f.key === param);
  if (param !== NEW && !finding) {
    if (param === created)
      return (
        <p role="status">
          <FormattedMessage defaultMessage="Saving…" description="Findings: a new finding is being saved" />
        </p>
      );
    return (
      <section aria-labelledby="finding-missing">
        <h2 id="finding-missing">
          <FormattedMessage defaultMessage="This finding is not open" description="Findings: the address names a finding that is not open" />
        </h2>
        <p>
          <FormattedMessage
            defaultMessage="Its checklist item may now be answered Yes or Not applicable, or the finding was deleted. A rating you gave it is kept and returns if the answer changes back."
            description="Findings: why a finding may not be open"
          />
        </p>
        <p>
          <Link href={listHref}>{intl.formatMessage(FINDING_WORDS.backToAll)}</Link>
        </p>
      </section>
    );
  }

  // The item as the person reads it; its texts are English (and marked so) where its translation is missing or stale.
  const item = finding?.itemId ? shown.loaded.checklist.items.find((i) => i.id === finding.itemId) ?? null : null;
  const itemLang = item ? itemLanguage(shown, item.id) : 'en';
  const key = finding?.key ?? newKey!;
  const stored = assessment.findings[key];
  return (
    <div className="stage-layout finding-layout">
      <section aria-labelledby="finding-heading" className="finding-page">
        <p className="back-link">
          <Link href={listHref}>{intl.formatMessage(FINDING_WORDS.backToAll)}</Link>
        </p>
        <h2 id="finding-heading" dir={finding ? 'auto' : undefined} lang={finding?.titleLang}>{finding ? finding.title : intl.formatMessage({ defaultMessage: 'A finding of your own', description: 'Finding page: heading of the form for a new finding' })}</h2>
        {finding && item && (
          <>
            <UnreviewedTranslationNote shown={shown} />
            <FindingSource assessment={assessment} finding={finding} item={item} lang={itemLang === intl.locale ? undefined : itemLang} />
          </>
        )}
        {finding?.origin === 'custom' && (
          <p className="item-meta">
            <span className="badge">{intl.formatMessage(FINDING_WORDS.addedByYou)}</span>
          </p>
        )}
        {failure && (
          <p role="alert" className="alert error">
            {failure}
          </p>
        )}
        <FindingEditor
          key={key}
          findingKey={key}
          custom={!item}
          initial={stored ? draftOf(stored) : defaultFindingRecord()}
          suggested={item ? { rights: item.rights, groups: item.groups } : undefined}
          loaded={loaded}
          shown={shown}
          commit={commit}
          initiallySaved={created === key}
          onSaved={(savedKey) => {
            if (param !== NEW) return;
            setCreated(savedKey);
            navigate(sectionHref(assessment.id, 'findings', savedKey), { replace: true });
          }}
          onDelete={finding?.origin === 'custom' ? () => setToDelete(finding) : undefined}
        />
        {finding && <FindingActions assessment={assessment} findingKey={finding.key} />}
      </section>
      <FindingOutline assessmentId={assessment.id} findings={findings} current={finding?.key ?? null} />
      <ConfirmDialog
        open={toDelete !== null}
        title={intl.formatMessage({ defaultMessage: 'Delete this finding?', description: 'Findings: title of the dialog that confirms deleting a finding' })}
        confirmLabel={intl.formatMessage(FINDING_WORDS.delete)}
        danger
        onConfirm={remove}
        onCancel={() => setToDelete(null)}
      >
        <p>
          <FormattedMessage
            defaultMessage="“{title}” will be deleted, and actions will no longer link to it. This cannot be undone."
            description="Findings: the dialog that confirms deleting a finding"
            values={{ title: <bdi>{toDelete?.title}</bdi> }}
          />
        </p>
      </ConfirmDialog>
    </div>
  );
}
