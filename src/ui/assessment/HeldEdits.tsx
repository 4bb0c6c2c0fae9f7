import { useState } from 'react';
import { useLocation } from 'wouter';
import type { Assessment, AssessmentChangeInput } from '../../domain';
import { ANSWER_MESSAGES } from '../common/codeWords';
import { FormattedMessage, useIntl, type IntlShape } from '../../i18n/react';
import type { HeldEdit } from '../../db';
import { useServices } from '../../app/services';
import { refusalWords } from '../common/refusals';
import { useSuccessor } from './LockedRevisionBanner';
import { failureReason } from '../common/storageMessages';

/**
 * Edits from an earlier session that the write path refused on replay, typically
 * because the revision was locked (signed in another tab) after they were typed.
 * They never go into the locked revision, and are never dropped unasked: the
 * person sees their words, can carry them into the next revision, or discard them.
 */
export function HeldEdits(props: { assessment: Assessment; held: HeldEdit[]; by: string; onReleased: () => void }) {
  const { assessment, held } = props;
  const services = useServices();
  const intl = useIntl();
  const [, navigate] = useLocation();
  const successor = useSuccessor(assessment.id);
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const locked = assessment.revision.lockedAt !== null;
  const reason = refusalWords(held[0]!.code, intl).problem;
  const next = successor ? successor.revision : assessment.revision.number + 1;

  /** Into the revision that continues this one (started now if there is none); each edit through the one write path. */
  async function carryOver() {
    setState({ busy: true, error: null });
    let target = successor?.id;
    const moved: HeldEdit[] = [];
    try {
      if (!target) target = (await services.assessments.startRevision(assessment.id, services.newId(), props.by)).id;
      for (const edit of held) {
        await services.assessments.commit(target, edit.change, edit.by);
        moved.push(edit);
      }
    } catch (error) {
      await services.writeAhead.release(assessment.id, moved);
      setState({
        busy: false,
        error: intl.formatMessage(
          { defaultMessage: 'Not all of them could be added to revision {revision}: {problem} The rest are still shown here.', description: 'Held edits: carrying them into the next revision failed part-way' },
          { revision: next, problem: failureReason(error, intl) },
        ),
      });
      return;
    }
    await services.writeAhead.release(assessment.id, held);
    props.onReleased();
    navigate(`/a/${target}`);
  }

  async function discard() {
    await services.writeAhead.release(assessment.id, held);
    props.onReleased();
  }

  return (
    <section role="alert" aria-label={intl.formatMessage({ defaultMessage: 'Edits not saved', description: 'Accessible name of the held edits notice' })} className="alert warning">
      <p>
        <FormattedMessage
          defaultMessage="<b>{count, plural, one {# edit from your last session could not be saved into revision {revision}} other {# edits from your last session could not be saved into revision {revision}}}</b>: {reason} {count, plural, one {It is kept here, unsaved, until you choose what to do.} other {They are kept here, unsaved, until you choose what to do.}} Your words:"
          description="Held edits: edits replayed from an earlier session that the revision refused (a lower-case reason follows the colon)"
          values={{ count: held.length, revision: assessment.revision.number, reason, b: (text) => <strong>{text}</strong> }}
        />
      </p>
      <ul>
        {held.map((edit) => (
          <li key={edit.target}>
            <label htmlFor={`held-${edit.target}`}>{heading(edit.change, intl)}</label>
            <textarea id={`held-${edit.target}`} readOnly rows={3} value={wordsOf(edit.change, intl)} />
          </li>
        ))}
      </ul>
      <div className="button-row">
        {locked && successor !== undefined && (
          <button type="button" className="primary" onClick={carryOver} disabled={state.busy}>
            {successor ? (
              <FormattedMessage defaultMessage="Add them to revision {revision}" description="Held edits: carry them into the existing next revision" values={{ revision: next }} />
            ) : (
              <FormattedMessage defaultMessage="Start revision {revision} with these edits" description="Held edits: start the next revision with them" values={{ revision: next }} />
            )}
          </button>
        )}
        <button type="button" onClick={discard} disabled={state.busy}>
          <FormattedMessage
            defaultMessage="{count, plural, one {Discard this edit} other {Discard these edits}}"
            description="Held edits: drop them"
            values={{ count: held.length }}
          />
        </button>
      </div>
      {state.error && <p className="alert error">{state.error}</p>}
    </section>
  );
}

function heading(change: AssessmentChangeInput, intl: IntlShape): string {
  if (change.type === 'answer.set') return intl.formatMessage({ defaultMessage: 'Answer to {item}', description: 'Held edits: label of a held answer (an item id follows)' }, { item: change.itemId });
  return intl.formatMessage({ defaultMessage: 'Change ({type})', description: 'Held edits: label of another held change (its code, e.g. triage.set)' }, { type: change.type });
}

/** What the person typed, in a form they can copy. */
function wordsOf(change: AssessmentChangeInput, intl: IntlShape): string {
  if (change.type !== 'answer.set') return JSON.stringify(change, null, 2);
  const status = change.status
    ? intl.formatMessage(ANSWER_MESSAGES[change.status])
    : intl.formatMessage({ defaultMessage: 'No answer chosen', description: 'Held edits: a held answer without a chosen answer' });
  const evidence = (change.evidence ?? []).map((e) =>
    intl.formatMessage({ defaultMessage: 'Evidence: {evidence}', description: 'Held edits: one piece of evidence of a held answer' }, { evidence: [e.label, e.url].filter(Boolean).join(' — ') }),
  );
  return [status, change.notes, ...evidence].filter(Boolean).join('\n');
}
