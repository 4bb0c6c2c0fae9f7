import { useMemo } from 'react';
import { useServices } from '../../app/services';
import type { SectionProps } from '../assessment/sections';
import { useDates } from '../common/dates';
import { groupLabel, groupOptions, rightLabel, rightOptions } from '../common/labels';
import { ListIn } from '../common/ListIn';
import { RecordSection, type RecordWords } from './RecordSection';
import { BenefitForm, BLANK_BENEFIT, BLANK_STAKEHOLDER, BLANK_TRADEOFF, CONTEXT_FIELDS as F, StakeholderForm, TradeoffForm } from './forms';
import { defineMessages } from '../../i18n/format';
import { FormattedMessage, useIntl } from '../../i18n/react';

const text = (s: string) => (s.trim() ? s : null);
/** Only the fields a person filled in, so a card is not a column of "none". */
const filled = (entries: { term: string; value: React.ReactNode }[]) => entries.filter((e) => e.value !== null && e.value !== '');

const TRADEOFF: RecordWords = defineMessages({
  title: { defaultMessage: 'Trade-offs', description: 'Context page: heading of the trade-offs register' },
  add: { defaultMessage: 'Add a trade-off', description: 'Context page: button that opens the new trade-off form' },
  empty: { defaultMessage: 'No trade-offs recorded yet.', description: 'Context page: the trade-offs register is empty' },
  added: { defaultMessage: 'Added the trade-off.', description: 'Context page: a trade-off was added' },
  saved: { defaultMessage: 'Saved the trade-off.', description: 'Context page: a trade-off was saved' },
  deleted: { defaultMessage: 'Deleted the trade-off “{name}”.', description: 'Context page: a trade-off was deleted (its name)' },
  newTitle: { defaultMessage: 'New trade-off', description: 'Context page: heading of the new trade-off form' },
  editTitle: { defaultMessage: 'Edit the trade-off', description: 'Context page: heading of the trade-off form when editing' },
  editHidden: { defaultMessage: 'the trade-off: {name}', description: 'Context page: read after “Edit” by screen readers (the entry’s name)' },
  deleteHidden: { defaultMessage: 'the trade-off: {name}', description: 'Context page: read after “Delete” by screen readers (the entry’s name)' },
  deleteTitle: { defaultMessage: 'Delete this trade-off?', description: 'Context page: title of the confirmation before deleting a trade-off' },
  deleteConfirm: { defaultMessage: 'Delete trade-off', description: 'Context page: confirm deleting a trade-off' },
});
const STAKEHOLDER: RecordWords = defineMessages({
  title: { defaultMessage: 'Stakeholders consulted', description: 'Context page: heading of the stakeholder engagement register' },
  add: { defaultMessage: 'Add a stakeholder', description: 'Context page: button that opens the new stakeholder form' },
  empty: { defaultMessage: 'No stakeholders recorded yet.', description: 'Context page: the stakeholder register is empty' },
  added: { defaultMessage: 'Added the stakeholder.', description: 'Context page: a stakeholder was added' },
  saved: { defaultMessage: 'Saved the stakeholder.', description: 'Context page: a stakeholder was saved' },
  deleted: { defaultMessage: 'Deleted the stakeholder “{name}”.', description: 'Context page: a stakeholder was deleted (its name)' },
  newTitle: { defaultMessage: 'New stakeholder', description: 'Context page: heading of the new stakeholder form' },
  editTitle: { defaultMessage: 'Edit the stakeholder', description: 'Context page: heading of the stakeholder form when editing' },
  editHidden: { defaultMessage: 'the stakeholder: {name}', description: 'Context page: read after “Edit” by screen readers (the entry’s name)' },
  deleteHidden: { defaultMessage: 'the stakeholder: {name}', description: 'Context page: read after “Delete” by screen readers (the entry’s name)' },
  deleteTitle: { defaultMessage: 'Delete this stakeholder?', description: 'Context page: title of the confirmation before deleting a stakeholder' },
  deleteConfirm: { defaultMessage: 'Delete stakeholder', description: 'Context page: confirm deleting a stakeholder' },
});
const BENEFIT: RecordWords = defineMessages({
  title: { defaultMessage: 'Benefits to rights', description: 'Context page: heading of the register of benefits to human rights' },
  add: { defaultMessage: 'Add a benefit', description: 'Context page: button that opens the new benefit form' },
  empty: { defaultMessage: 'No benefits recorded yet.', description: 'Context page: the benefits register is empty' },
  added: { defaultMessage: 'Added the benefit.', description: 'Context page: a benefit was added' },
  saved: { defaultMessage: 'Saved the benefit.', description: 'Context page: a benefit was saved' },
  deleted: { defaultMessage: 'Deleted the benefit “{name}”.', description: 'Context page: a benefit was deleted (its name)' },
  newTitle: { defaultMessage: 'New benefit', description: 'Context page: heading of the new benefit form' },
  editTitle: { defaultMessage: 'Edit the benefit', description: 'Context page: heading of the benefit form when editing' },
  editHidden: { defaultMessage: 'the benefit: {name}', description: 'Context page: read after “Edit” by screen readers (the entry’s name)' },
  deleteHidden: { defaultMessage: 'the benefit: {name}', description: 'Context page: read after “Delete” by screen readers (the entry’s name)' },
  deleteTitle: { defaultMessage: 'Delete this benefit?', description: 'Context page: title of the confirmation before deleting a benefit' },
  deleteConfirm: { defaultMessage: 'Delete benefit', description: 'Context page: confirm deleting a benefit' },
});

/**
 * What surrounds the findings: the trade-offs made and why, who was consulted
 * and what changed, and the good the product is meant to do, so both sides are weighed.
 */
export default function ContextPage({ assessment, loaded, commit }: SectionProps) {
  const services = useServices();
  const intl = useIntl();
  const t = intl.formatMessage;
  const dates = useDates();
  // The registry's rights and the checklist source's groups are English: their choices say so on a page in another language.
  const rights = useMemo(() => rightOptions(loaded).map((o) => ({ ...o, lang: 'en' })), [loaded]);
  const groups = useMemo(() => groupOptions(loaded).map((o) => ({ ...o, lang: 'en' })), [loaded]);
  // Rights as the UN sources name them and groups as the checklist's source names them: English, marked so.
  const list = (ids: string[], label: (id: string) => string) => (ids.length ? <ListIn items={ids.map(label)} lang="en" /> : null);
  const groupNames = (ids: string[]) => list(ids, (id) => groupLabel(loaded, id));

  return (
    <div className="context-page">
      <RecordSection
        words={TRADEOFF}
        intro={
          <p>
            <FormattedMessage
              defaultMessage="Where one right or goal was weighed against another, record how it was resolved and why, and who decided."
              description="Context page: what the trade-offs register is for"
            />
          </p>
        }
        records={assessment.tradeoffs}
        blank={BLANK_TRADEOFF}
        name={(r) => r.between}
        details={(r) =>
          filled([
            { term: t(F.tension), value: text(r.description) },
            { term: t(F.resolution), value: text(r.resolution) },
            { term: t(F.why), value: text(r.rationale) },
            { term: t(F.decidedBy), value: text(r.decidedBy) },
            { term: t(F.decidedOn), value: r.decidedOn ? dates.date(r.decidedOn) : null },
          ])
        }
        renderForm={(p) => <TradeoffForm {...p} />}
        save={(tradeoff) => commit({ type: 'tradeoff.set', tradeoff })}
        remove={(id) => commit({ type: 'tradeoff.remove', id })}
        newId={services.newId}
      />
      <RecordSection
        words={STAKEHOLDER}
        intro={
          <p>
            <FormattedMessage
              defaultMessage="Who you listened to (UNGP 18), especially people who could be affected, and what changed because of it."
              description="Context page: what the stakeholder register is for (UNGP 18: the UN Guiding Principle on consultation)"
            />
          </p>
        }
        records={assessment.stakeholders}
        blank={BLANK_STAKEHOLDER}
        name={(s) => s.who}
        details={(s) =>
          filled([
            { term: t(F.when), value: s.when ? dates.date(s.when) : null },
            { term: t(F.howCard), value: text(s.how) },
            { term: t(F.whatChanged), value: text(s.whatChanged) },
            { term: t(F.speakFor), value: groupNames(s.groups) },
          ])
        }
        renderForm={(p) => <StakeholderForm {...p} groups={groups} />}
        save={(stakeholder) => commit({ type: 'stakeholder.set', stakeholder })}
        remove={(id) => commit({ type: 'stakeholder.remove', id })}
        newId={services.newId}
      />
      <RecordSection
        words={BENEFIT}
        intro={
          <p>
            <FormattedMessage
              defaultMessage="The good the product is meant to do for people’s rights, weighed alongside the risks."
              description="Context page: what the benefits register is for"
            />
          </p>
        }
        records={assessment.benefits}
        blank={BLANK_BENEFIT}
        name={(b) => b.description}
        details={(b) =>
          filled([
            { term: t(F.rights), value: list(b.rights, (id) => rightLabel(loaded, id)) },
            { term: t(F.whoBenefits), value: groupNames(b.groups) },
            { term: t(F.evidence), value: text(b.evidence) },
          ])
        }
        renderForm={(p) => <BenefitForm {...p} rights={rights} groups={groups} />}
        save={(benefit) => commit({ type: 'benefit.set', benefit })}
        remove={(id) => commit({ type: 'benefit.remove', id })}
        newId={services.newId}
      />
    </div>
  );
}
