import { TableScroll } from '../common/TableScroll';
import type { ActorRefFrom } from 'xstate';
import {
  STAGES,
  isBuyerAssessment,
  percentAnswered,
  questionFor,
  raisedRedFlags,
  redFlagBlockers,
  resolveChecklist,
  stageCompletion,
  unansweredItems,
  answerLanguages,
  countAnswerLanguages,
  isAnswered,
  type Assessment,
} from '../../domain';
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../app/services';
import { isLocale } from '../../i18n/locales';
import { itemLanguage, type ChecklistInLanguage } from './useChecklistLanguage';
import { ListIn } from '../common/ListIn';
import type { wizardMachine } from '../../machines/wizard.machine';
import { useEasyRead } from '../common/easyRead';
import { STAGE_MESSAGES } from '../common/codeWords';
import { LANGUAGE_MESSAGES, SKIP_REASON_MESSAGES } from './checklistWords';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { defineMessages } from '../../i18n/format';

/** Column names of the completion table: its headers, and each value's label where a phone shows a row as a card. */
const COLUMNS = defineMessages({
  stage: { defaultMessage: 'Stage', description: 'Review table column: lifecycle stage' },
  answered: { defaultMessage: 'Answered', description: 'Review table column: items answered' },
  applicable: { defaultMessage: 'Applicable', description: 'Review table column: items that apply' },
  skipped: { defaultMessage: 'Not applicable to your profile', description: 'Review table column: items the profile rules out' },
});

/** Nothing is dropped silently: every unanswered applicable item is listed with a way back to it. */
export function ReviewStep(props: { assessment: Assessment; shown: ChecklistInLanguage; actor: ActorRefFrom<typeof wizardMachine> }) {
  const { assessment, shown, actor } = props;
  const { loaded } = shown;
  // Each question, reason and module name marked with the language it is shown in (English until translated).
  const lang = (itemId: string) => itemLanguage(shown, itemId);
  // With the global Easy read switch on, every list of questions reads in easy-read too.
  const [easy] = useEasyRead();
  const intl = useIntl();
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
          <FormattedMessage
            defaultMessage="{stage}, {item}: {question}"
            description="Review: a link back to a question (stage, item id, the question)"
            values={{ stage: intl.formatMessage(STAGE_MESSAGES[item.stage]), item: item.id, question: <span lang={lang(item.id)}>{wording(item)}</span> }}
          />
        </button>
      </li>
    ));
  const modules = loaded.checklist.modules.filter((m) => resolved.activeModules.has(m.id));
  const languages = useAnswerLanguages(assessment);
  const completionTitle = intl.formatMessage({ defaultMessage: 'Completion by stage', description: 'Review: caption of the table of answers per stage' });

  return (
    <section aria-labelledby="review-title" className="step">
      <h2 id="review-title">
        <FormattedMessage defaultMessage="Review" description="Review step heading" />
      </h2>
      <p>
        <FormattedMessage
          defaultMessage="{share, number, percent} of applicable items answered."
          description="Review: share of applicable items answered"
          values={{ share: percentAnswered(assessment, resolved) / 100 }}
        />
        {modules.length > 0 && ' '}
        {modules.length > 0 && (
          <FormattedMessage
            defaultMessage="Optional modules in use: {modules}."
            description="Review: the optional modules the profile switched on, as a list"
            values={{ modules: <ListIn items={modules.map((m) => m.title)} lang={shown.textsLanguage} /> }}
          />
        )}
      </p>
      {languages && languages.length > 0 && (
        <p>
          <FormattedMessage
            defaultMessage="Answers given with the checklist in: {languages}."
            description="Review: the languages the checklist was shown in when its answers were given, each with a count"
            values={{
              languages: intl.formatList(
                languages.map(({ language, count }) =>
                  intl.formatMessage(
                    { defaultMessage: '{language} ({count, number})', description: 'Review: one language the answers were given in, with how many answers' },
                    {
                      count,
                      language:
                        language === null
                          ? intl.formatMessage({ defaultMessage: 'not recorded', description: 'Review: answers given before the language was recorded' })
                          : isLocale(language)
                            ? intl.formatMessage(LANGUAGE_MESSAGES[language])
                            : language,
                    },
                  ),
                ),
              ),
            }}
          />
        </p>
      )}
      <TableScroll label={completionTitle}>
      <table className="cards">
        <caption>{completionTitle}</caption>
        <thead>
          <tr>
            {Object.entries(COLUMNS).map(([name, column]) => (
              <th scope="col" key={name}>
                {intl.formatMessage(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {completion.map((c) => (
            <tr key={c.stage}>
              <th scope="row">{intl.formatMessage(STAGE_MESSAGES[c.stage])}</th>
              <td data-label={intl.formatMessage(COLUMNS.answered)}>{intl.formatNumber(c.answered)}</td>
              <td data-label={intl.formatMessage(COLUMNS.applicable)}>{intl.formatNumber(c.applicable)}</td>
              <td data-label={intl.formatMessage(COLUMNS.skipped)}>{intl.formatNumber(resolved.skipped[c.stage].length)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </TableScroll>

      {flags.length > 0 && (
        <section aria-labelledby="flags-title" className="alert warning">
          <h3 id="flags-title">
            <FormattedMessage defaultMessage="Red flags raised ({count, number})" description="Review: heading of the red flags the answers raised" values={{ count: flags.length }} />
          </h3>
          <ul>
            {flags.map(({ item }) => (
              <li key={item.id}>
                <span className="item-id">{item.id}</span> <span lang={lang(item.id)}>{item.redFlag?.reason}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {blockers.length > 0 && (
        <section aria-labelledby="blockers-title" className="alert error">
          <h3 id="blockers-title">
            <FormattedMessage defaultMessage="Red-flag questions not answered yet ({count, number})" description="Review: heading of unanswered red-flag questions" values={{ count: blockers.length }} />
          </h3>
          <p>
            <FormattedMessage defaultMessage="These questions can stop the project. The review is not complete until each one has an answer." description="Review: why unanswered red-flag questions matter" />
          </p>
          <ul>{itemLinks(blockers)}</ul>
        </section>
      )}

      <h3 id="unanswered-title">
        <FormattedMessage defaultMessage="Unanswered items ({count, number})" description="Review: heading of the items without an answer" values={{ count: unanswered.length }} />
      </h3>
      {unanswered.length === 0 ? (
        <p>
          <FormattedMessage defaultMessage="Every applicable item has an answer." description="Review: nothing is unanswered" />
        </p>
      ) : (
        <ul aria-labelledby="unanswered-title">{itemLinks(unanswered)}</ul>
      )}

      <details>
        <summary>
          <FormattedMessage
            defaultMessage="Items not applicable to your profile ({count, number})"
            description="Review: disclosure with the items the profile rules out"
            values={{ count: STAGES.reduce((n, s) => n + resolved.skipped[s].length, 0) }}
          />
        </summary>
        <ul>
          {STAGES.flatMap((s) =>
            resolved.skipped[s].map(({ item, reason }) => (
              <li key={item.id}>
                {item.id}: <span lang={lang(item.id)}>{wording(item)}</span> <span className="muted">({intl.formatMessage(SKIP_REASON_MESSAGES[reason])})</span>
              </li>
            )),
          )}
        </ul>
      </details>
      <div className="button-row">
        <button type="button" onClick={() => actor.send({ type: 'stage.prev' })}>
          <FormattedMessage defaultMessage="Back to operation" description="Review: button back to the last stage (operation)" />
        </button>
      </div>
    </section>
  );
}

/**
 * The languages the current answers were given in (the trail records the checklist's language
 * with each answer), most answers first; undefined while the trail is read.
 */
function useAnswerLanguages(assessment: Assessment) {
  const services = useServices();
  const answered = Object.keys(assessment.answers).filter((id) => isAnswered(assessment, id));
  const key = answered.join(',');
  return useLiveQuery(
    () => services.assessments.trail(assessment.id).then((trail) => countAnswerLanguages(answerLanguages(trail), key ? key.split(',') : []), () => []),
    [services, assessment.id, key, assessment.updatedAt],
  );
}
