import { useEffect, useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { requestQuestionKeys, type ClauseLibrary, type Decision } from '../../../domain/procurement';
import { useServices } from '../../../app/services';
import type { LoadedChecklist } from '../../../app/checklistCatalog';
import type { ProcurementRow } from '../../../db/procurementRows';
import { DecisionNotStoredError } from '../../../db/decisions';
import { formatDateTime } from '../../common/dates';
import { decisionHeadline } from '../../../words/procurement';
import { useProcurementRepo } from '../useProcurementRepo';
import { DecisionForm } from './DecisionForm';
import { DecisionReportActions } from './DecisionReportActions';
import { decisionCandidates } from './decisionVendors';
import { STORE_PROBLEM_WORDS } from './decisionWords';

/**
 * The decision on a sent procurement, once vendors' responses are in: record it (with
 * conditions from the clause library), then export or sign the decision report. The clause
 * library loads with this section only.
 */
export function DecisionSection(props: { procurement: ProcurementRow; loaded: LoadedChecklist }) {
  const services = useServices();
  const repo = useProcurementRepo();
  const id = useId();
  const [library, setLibrary] = useState<ClauseLibrary | { error: string } | null>(null);
  const rows = useLiveQuery(async () => (repo ? repo.responses(props.procurement.id) : undefined), [repo, props.procurement.id]);
  const decision = props.procurement.decision ?? null;

  useEffect(() => {
    let live = true;
    const version = decision?.clauseLibrary.version;
    void import('../../../app/clauseLibrary')
      .then((m) => m.loadClauseLibrary(version))
      .then(
        (l) => live && setLibrary(l),
        (e: unknown) => live && setLibrary({ error: (e as Error).message }),
      );
    return () => {
      live = false;
    };
  }, [decision?.clauseLibrary.version]);

  if (!rows || rows.length === 0) return null;
  const items = new Map(props.loaded.checklist.items.map((i) => [i.id, i]));
  const candidates = decisionCandidates(props.procurement.request, rows, items);

  async function save(d: Decision): Promise<string | null> {
    try {
      await (await services.decisions()).save(props.procurement.id, d);
      return null;
    } catch (e) {
      if (e instanceof DecisionNotStoredError) return STORE_PROBLEM_WORDS[e.code];
      return `The decision could not be stored: ${(e as Error).message}`;
    }
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Decision</h2>
      {library === null ? (
        <p role="status">Loading the clause library…</p>
      ) : 'error' in library ? (
        <p role="alert" className="alert error">
          The clause library could not be loaded: {library.error}
        </p>
      ) : (
        <>
          {decision && (
            <>
              <p role="status" className="alert ok">
                <strong>{decisionHeadline({ outcome: decision.outcome, vendor: decision.vendor?.organisation ?? null, revision: decision.vendor?.revision ?? null })}</strong>.
                Recorded {formatDateTime(decision.decidedAt)}
                {decision.conditions.length > 0 && ` with ${decision.conditions.length} ${decision.conditions.length === 1 ? 'condition' : 'conditions'} (${decision.conditions.map((c) => c.clauseId).join(', ')})`}
                {decision.acceptedRedFlags.length > 0 && `; red flags accepted: ${decision.acceptedRedFlags.join(', ')}`}.
              </p>
              {decision.vendor && !candidates.some((c) => c.responseId === decision.vendor!.responseId) && (
                <p role="alert" className="alert warning">
                  A later revision of <bdi>{decision.vendor.organisation}</bdi>’s response was imported after this decision, which was made on
                  revision {decision.vendor.revision}. Look at the new revision and record the decision again; until then the decision report
                  says the decision is out of date.
                </p>
              )}
              <DecisionReportActions procurement={props.procurement} rows={rows} loaded={props.loaded} library={library} decision={decision} />
            </>
          )}
          <DecisionForm
            key={decision?.decidedAt ?? 'new'}
            candidates={candidates}
            library={library}
            registry={props.loaded.registry}
            asked={new Set(requestQuestionKeys(props.procurement.request))}
            initial={decision}
            now={services.now}
            onSave={save}
          />
        </>
      )}
    </section>
  );
}
