import { useState } from 'react';
import { useLocation } from 'wouter';
import { ANSWER_LABELS, type Assessment, type AssessmentChangeInput } from '../../domain';
import type { HeldEdit } from '../../db';
import { useServices } from '../../app/services';
import { refusalWords } from '../common/refusals';
import { useSuccessor } from './LockedRevisionBanner';

/**
 * Edits from an earlier session that the write path refused on replay, typically
 * because the revision was locked (signed in another tab) after they were typed.
 * They never go into the locked revision, and are never dropped unasked: the
 * person sees their words, can carry them into the next revision, or discard them.
 */
export function HeldEdits(props: { assessment: Assessment; held: HeldEdit[]; by: string; onReleased: () => void }) {
  const { assessment, held } = props;
  const services = useServices();
  const [, navigate] = useLocation();
  const successor = useSuccessor(assessment.id);
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const locked = assessment.revision.lockedAt !== null;
  const reason = refusalWords(held[0]!.code).problem;
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
      setState({ busy: false, error: `Not all of them could be added to revision ${next}: ${error instanceof Error ? error.message : String(error)}. The rest are still shown here.` });
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
    <section role="alert" aria-label="Edits not saved" className="alert warning">
      <p>
        <strong>
          {held.length} {held.length === 1 ? 'edit' : 'edits'} from your last session could not be saved into revision {assessment.revision.number}
        </strong>
        : {reason} {held.length === 1 ? 'It is' : 'They are'} kept here, unsaved, until you choose what to do. Your words:
      </p>
      <ul>
        {held.map((edit) => (
          <li key={edit.target}>
            <label htmlFor={`held-${edit.target}`}>{heading(edit.change)}</label>
            <textarea id={`held-${edit.target}`} readOnly rows={3} value={wordsOf(edit.change)} />
          </li>
        ))}
      </ul>
      <div className="button-row">
        {locked && successor !== undefined && (
          <button type="button" className="primary" onClick={carryOver} disabled={state.busy}>
            {successor ? `Add them to revision ${next}` : `Start revision ${next} with these edits`}
          </button>
        )}
        <button type="button" onClick={discard} disabled={state.busy}>
          Discard {held.length === 1 ? 'this edit' : 'these edits'}
        </button>
      </div>
      {state.error && <p className="alert error">{state.error}</p>}
    </section>
  );
}

function heading(change: AssessmentChangeInput): string {
  if (change.type === 'answer.set') return `Answer to ${change.itemId}`;
  return `Change (${change.type})`;
}

/** What the person typed, in a form they can copy. */
function wordsOf(change: AssessmentChangeInput): string {
  if (change.type !== 'answer.set') return JSON.stringify(change, null, 2);
  const status = change.status ? ANSWER_LABELS[change.status] : 'No answer chosen';
  const evidence = (change.evidence ?? []).map((e) => `Evidence: ${[e.label, e.url].filter(Boolean).join(' — ')}`);
  return [status, change.notes, ...evidence].filter(Boolean).join('\n');
}
