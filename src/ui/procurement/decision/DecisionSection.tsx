import { useEffect, useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { requestQuestionKeys, type ClauseLibrary, type Decision } from '../../../domain/procurement';
import { useServices } from '../../../app/services';
import type { LoadedChecklist } from '../../../app/checklistCatalog';
import type { ProcurementRow } from '../../../db/procurementRows';
import { DecisionNotStoredError } from '../../../db/decisions';
import { useDates } from '../../common/dates';
import { FormattedMessage, useIntl } from '../../../i18n/react';
import { DECISION_OUTCOME_MESSAGES } from '../codeMessages';
import { DECISION_HEADLINE_MESSAGES } from '../../../words/procurement';
import { useProcurementRepo } from '../useProcurementRepo';
import { DecisionForm } from './DecisionForm';
import { DecisionReportActions } from './DecisionReportActions';
import { decisionCandidates } from './decisionVendors';
import { itemLanguage, useChecklistLanguage } from '../../wizard/useChecklistLanguage';
import { UnreviewedTranslationNote } from '../ChecklistLanguageNote';
import { STORE_PROBLEM_MESSAGES } from './decisionWords';
import { LoadFailure } from '../../common/LoadFailure';
import { failureReason } from '../../common/storageMessages';

/**
 * The decision on a sent procurement, once vendors' responses are in: record it (with
 * conditions from the clause library), then export or sign the decision report. The clause
 * library loads with this section only.
 */
export function DecisionSection(props: { procurement: ProcurementRow; loaded: LoadedChecklist }) {
  const services = useServices();
  const intl = useIntl();
  const dates = useDates();
  const repo = useProcurementRepo();
  const id = useId();
  const [library, setLibrary] = useState<ClauseLibrary | { error: unknown } | null>(null);
  const rows = useLiveQuery(async () => (repo ? repo.responses(props.procurement.id) : undefined), [repo, props.procurement.id]);
  const decision = props.procurement.decision ?? null;
  // The checklist's questions as the buyer reads them, for showing only: the decision keys on question ids.
  const shown = useChecklistLanguage(props.loaded);

  useEffect(() => {
    let live = true;
    const version = decision?.clauseLibrary.version;
    void import('../../../app/clauseLibrary')
      .then((m) => m.loadClauseLibrary(version))
      .then(
        (l) => live && setLibrary(l),
        (e: unknown) => live && setLibrary({ error: e }),
      );
    return () => {
      live = false;
    };
  }, [decision?.clauseLibrary.version]);

  if (!rows || rows.length === 0) return null;
  const items = new Map(props.loaded.checklist.items.map((i) => [i.id, i]));
  const shownItems = new Map(shown.loaded.checklist.items.map((i) => [i.id, i]));
  const candidates = decisionCandidates(props.procurement.request, rows, items, (key) => {
    const item = shownItems.get(key);
    if (!item) return undefined;
    const lang = itemLanguage(shown, key);
    return { question: item.question, lang: lang === intl.locale ? undefined : lang };
  });

  async function save(d: Decision): Promise<string | null> {
    try {
      await (await services.decisions()).save(props.procurement.id, d);
      return null;
    } catch (e) {
      if (e instanceof DecisionNotStoredError) return intl.formatMessage(STORE_PROBLEM_MESSAGES[e.code]);
      return intl.formatMessage({ defaultMessage: 'The decision could not be stored: {reason}', description: 'Decision: storing it failed; {reason} says why, as a lower-case sentence' }, { reason: failureReason(e, intl) });
    }
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        <FormattedMessage defaultMessage="Decision" description="Procurement page: heading of the decision part" />
      </h2>
      {library === null ? (
        <p role="status">
          <FormattedMessage defaultMessage="Loading the clause library…" description="Decision: while the clause library loads" />
        </p>
      ) : 'error' in library ? (
        <LoadFailure
          what={<FormattedMessage defaultMessage="The clause library could not be loaded." description="Decision: the clause library failed to load (the reason follows)" />}
          cause={library.error}
        />
      ) : (
        <>
          {decision && (
            <>
              <p role="status" className="alert ok">
                <FormattedMessage
                  defaultMessage="{headline}. Recorded {date}{conditions, plural, =0 {} one { with # condition ({clauses})} other { with # conditions ({clauses})}}{flags, select, none {} other {; red flags accepted: {flags}}}."
                  description="Decision: the decision in bold, when it was recorded, its conditions (clause ids) and the red flags accepted (question ids)"
                  values={{
                    headline: (
                      <strong>
                        <DecisionHeadline outcome={decision.outcome} vendor={decision.vendor?.organisation ?? null} revision={decision.vendor?.revision ?? null} />
                      </strong>
                    ),
                    date: dates.dateTime(decision.decidedAt),
                    conditions: decision.conditions.length,
                    clauses: intl.formatList(decision.conditions.map((c) => c.clauseId)),
                    flags: decision.acceptedRedFlags.length ? intl.formatList(decision.acceptedRedFlags) : 'none',
                  }}
                />
              </p>
              {decision.vendor && !candidates.some((c) => c.responseId === decision.vendor!.responseId) && (
                <p role="alert" className="alert warning">
                  <FormattedMessage
                    defaultMessage="A later revision of {vendor}’s response was imported after this decision, which was made on revision {revision}. Look at the new revision and record the decision again; until then the decision report says the decision is out of date."
                    description="Decision: the decided vendor sent a newer revision"
                    values={{ vendor: <bdi>{decision.vendor.organisation}</bdi>, revision: decision.vendor.revision }}
                  />
                </p>
              )}
              <DecisionReportActions procurement={props.procurement} rows={rows} loaded={props.loaded} library={library} decision={decision} />
            </>
          )}
          <UnreviewedTranslationNote shown={shown} />
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

/** "Approve with conditions: Argus Systems (response revision 2)"; a rejection of every vendor names none. */
function DecisionHeadline(props: { outcome: Decision['outcome']; vendor: string | null; revision: number | null }) {
  const intl = useIntl();
  const outcome = intl.formatMessage(DECISION_OUTCOME_MESSAGES[props.outcome]);
  if (!props.vendor) {
    return props.outcome === 'reject' ? <FormattedMessage {...DECISION_HEADLINE_MESSAGES.noVendor} values={{ outcome }} /> : outcome;
  }
  return props.revision ? (
    <FormattedMessage {...DECISION_HEADLINE_MESSAGES.revision} values={{ outcome, vendor: <bdi>{props.vendor}</bdi>, revision: props.revision }} />
  ) : (
    <FormattedMessage {...DECISION_HEADLINE_MESSAGES.vendor} values={{ outcome, vendor: <bdi>{props.vendor}</bdi> }} />
  );
}
