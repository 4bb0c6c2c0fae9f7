import { TableScroll } from '../common/TableScroll';
import type { ActorRefFrom } from 'xstate';
import {
  SKIP_REASON_LABELS,
  STAGE_LABELS,
  STAGES,
  isBuyerAssessment,
  percentAnswered,
  questionFor,
  raisedRedFlags,
  redFlagBlockers,
  resolveChecklist,
  stageCompletion,
  unansweredItems,
  type Assessment,
} from '../../domain';
import type { LoadedChecklist } from '../../app/checklistCatalog';
import type { wizardMachine } from '../../machines/wizard.machine';
import { useEasyRead } from '../common/easyRead';

/** Nothing is dropped silently: every unanswered applicable item is listed with a way back to it. */
export function ReviewStep(props: { assessment: Assessment; loaded: LoadedChecklist; actor: ActorRefFrom<typeof wizardMachine> }) {
  const { assessment, loaded, actor } = props;
  // With the global Easy read switch on, every list of questions reads in easy-read too.
  const [easy] = useEasyRead();
  const buyer = isBuyerAssessment(loaded.checklist, assessment.triage);
  const wording = (item: { question: string; questionBuyer?: string; easyRead: string }) => (easy ? item.easyRead : questionFor(item, buyer));
  const resolved = resolveChecklist(loaded.checklist, assessment.triage);
  const completion = stageCompletion(assessment, resolved);
  const unanswered = unansweredItems(assessment, resolved);
  const flags = raisedRedFlags(assessment, resolved);
  const blockers = redFlagBlockers(assessment, resolved);
  const jump = (item: (typeof unanswered)[number]) => actor.send({ type: 'item.jump', stage: item.stage, itemId: item.id });
  // Blockers and unanswered items are listed the same way: each a link back to its question.
  const itemLinks = (items: readonly (typeof unanswered)[number][]) =>
    items.map((item) => (
      <li key={item.id}>
        <button type="button" className="link-button" onClick={() => jump(item)}>
          {STAGE_LABELS[item.stage]}, {item.id}: {wording(item)}
        </button>
      </li>
    ));
  const modules = loaded.checklist.modules.filter((m) => resolved.activeModules.has(m.id));

  return (
    <section aria-labelledby="review-title" className="step">
      <h2 id="review-title">Review</h2>
      <p>
        {percentAnswered(assessment, resolved)}% of applicable items answered.
        {modules.length > 0 && ` Optional modules in use: ${modules.map((m) => m.title).join(', ')}.`}
      </p>
      <TableScroll label="Completion by stage">
      <table>
        <caption>Completion by stage</caption>
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Answered</th>
            <th scope="col">Applicable</th>
            <th scope="col">Not applicable to your profile</th>
          </tr>
        </thead>
        <tbody>
          {completion.map((c) => (
            <tr key={c.stage}>
              <th scope="row">{STAGE_LABELS[c.stage]}</th>
              <td>{c.answered}</td>
              <td>{c.applicable}</td>
              <td>{resolved.skipped[c.stage].length}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </TableScroll>

      {flags.length > 0 && (
        <section aria-labelledby="flags-title" className="alert warning">
          <h3 id="flags-title">Red flags raised ({flags.length})</h3>
          <ul>
            {flags.map(({ item }) => (
              <li key={item.id}>
                <span className="item-id">{item.id}</span> {item.redFlag?.reason}
              </li>
            ))}
          </ul>
        </section>
      )}

      {blockers.length > 0 && (
        <section aria-labelledby="blockers-title" className="alert error">
          <h3 id="blockers-title">Red-flag questions not answered yet ({blockers.length})</h3>
          <p>These questions can stop the project. The review is not complete until each one has an answer.</p>
          <ul>{itemLinks(blockers)}</ul>
        </section>
      )}

      <h3 id="unanswered-title">Unanswered items ({unanswered.length})</h3>
      {unanswered.length === 0 ? (
        <p>Every applicable item has an answer.</p>
      ) : (
        <ul aria-labelledby="unanswered-title">{itemLinks(unanswered)}</ul>
      )}

      <details>
        <summary>Items not applicable to your profile ({STAGES.reduce((n, s) => n + resolved.skipped[s].length, 0)})</summary>
        <ul>
          {STAGES.flatMap((s) =>
            resolved.skipped[s].map(({ item, reason }) => (
              <li key={item.id}>
                {item.id}: {wording(item)} <span className="muted">({SKIP_REASON_LABELS[reason]})</span>
              </li>
            )),
          )}
        </ul>
      </details>
      <div className="button-row">
        <button type="button" onClick={() => actor.send({ type: 'stage.prev' })}>
          Back to operation
        </button>
      </div>
    </section>
  );
}
