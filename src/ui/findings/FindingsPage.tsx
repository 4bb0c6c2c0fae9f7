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

const NEW = 'new';

/** `/findings` lists every finding in priority order; `/findings/<key>` edits one, `/findings/new` adds one. */
export default function FindingsPage({ assessment, loaded, resolved, commit, param }: SectionProps) {
  const services = useServices();
  const [, navigate] = useLocation();
  const findings = useMemo(() => prioritiseFindings(deriveFindings(assessment, resolved)), [assessment, resolved]);
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
      setNotice(<>Deleted “<bdi>{toDelete.title}</bdi>”.</>);
      navigate(listHref);
    } catch (error) {
      setFailure(`Not deleted: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  if (param === undefined) {
    const shown = pageOf(findings, listPage);
    const redFlags = findings.filter((f) => f.redFlag).length;
    const unrated = findings.filter((f) => severityScore(f.severity) === null || f.likelihood === null).length;
    return (
      <section aria-labelledby="findings-title">
        <h2 id="findings-title">Findings</h2>
        <p className="lead">
          Each applicable item answered No, Partly or Don’t know is a finding: a possible impact on people’s rights. Rate each
          one (“Rate” in the list, or open it for the full form) and decide what to do about it. They are listed in the order to act on them (UNGP 24): red flags first, then the
          most severe and least remediable, then the most likely.
        </p>
        <p role="status" className="status-line">
          {notice}
        </p>
        <div className="button-row">
          <Link href={sectionHref(assessment.id, 'findings', NEW)} className="button">
            Add a finding of your own
          </Link>
          {findings.length > 0 && (
            <p className="muted">
              {findings.length} finding{findings.length === 1 ? '' : 's'}, {redFlags} red flag{redFlags === 1 ? '' : 's'}, {unrated} not yet fully rated.
            </p>
          )}
        </div>
        {findings.length > 0 ? (
          <>
            <FindingTable
              assessmentId={assessment.id}
              findings={shown.rows}
              offset={shown.offset}
              onRate={async (f, rating) => {
                const stored = assessment.findings[f.key];
                const base = stored ? draftOf(stored) : defaultFindingRecord();
                await commit({ type: 'finding.set', key: f.key, finding: { ...base, ...rating, updatedAt: services.now().toISOString() } });
                setNotice(<>Rated “<bdi>{f.title}</bdi>”.</>);
              }}
            />
            <Pager page={shown} label="Pages of findings" onPage={setListPage} />
          </>
        ) : (
          <p className="empty-state">
            No findings yet. They appear here as you answer checklist items No, Partly or Don’t know. You can also add one of your
            own.
          </p>
        )}
      </section>
    );
  }

  const finding = findings.find((f) => f.key === param);
  if (param !== NEW && !finding) {
    if (param === created) return <p role="status">Saving…</p>;
    return (
      <section aria-labelledby="finding-missing">
        <h2 id="finding-missing">This finding is not open</h2>
        <p>
          Its checklist item may now be answered Yes or Not applicable, or the finding was deleted. A rating you gave it is kept and
          returns if the answer changes back.
        </p>
        <p>
          <Link href={listHref}>Back to all findings</Link>
        </p>
      </section>
    );
  }

  const item = finding?.itemId ? loaded.checklist.items.find((i) => i.id === finding.itemId) ?? null : null;
  const key = finding?.key ?? newKey!;
  const stored = assessment.findings[key];
  return (
    <div className="stage-layout finding-layout">
      <section aria-labelledby="finding-heading" className="finding-page">
        <p className="back-link">
          <Link href={listHref}>Back to all findings</Link>
        </p>
        <h2 id="finding-heading" dir={finding ? 'auto' : undefined}>{finding ? finding.title : 'A finding of your own'}</h2>
        {finding && item && <FindingSource assessment={assessment} finding={finding} item={item} />}
        {finding?.origin === 'custom' && (
          <p className="item-meta">
            <span className="badge">Added by you</span>
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
        title="Delete this finding?"
        confirmLabel="Delete finding"
        danger
        onConfirm={remove}
        onCancel={() => setToDelete(null)}
      >
        <p>
          “<bdi>{toDelete?.title}</bdi>” will be deleted, and actions will no longer link to it. This cannot be undone.
        </p>
      </ConfirmDialog>
    </div>
  );
}
