import { useMemo } from 'react';
import { useServices } from '../../app/services';
import type { SectionProps } from '../assessment/sections';
import { formatDate } from '../common/dates';
import { groupLabel, groupOptions, rightLabel, rightOptions } from '../common/labels';
import { RecordSection } from './RecordSection';
import { BenefitForm, BLANK_BENEFIT, BLANK_STAKEHOLDER, BLANK_TRADEOFF, StakeholderForm, TradeoffForm } from './forms';

const text = (s: string) => (s.trim() ? s : null);
/** Only the fields a person filled in, so a card is not a column of "none". */
const filled = (entries: { term: string; value: React.ReactNode }[]) => entries.filter((e) => e.value !== null && e.value !== '');

/**
 * What surrounds the findings: the trade-offs made and why, who was consulted
 * and what changed, and the good the product is meant to do, so both sides are weighed.
 */
export default function ContextPage({ assessment, loaded, commit }: SectionProps) {
  const services = useServices();
  const rights = useMemo(() => rightOptions(loaded), [loaded]);
  const groups = useMemo(() => groupOptions(loaded), [loaded]);
  const list = (ids: string[], label: (id: string) => string) => (ids.length ? ids.map(label).join('; ') : null);
  const groupNames = (ids: string[]) => list(ids, (id) => groupLabel(loaded, id));

  return (
    <div className="context-page">
      <RecordSection
        title="Trade-offs"
        intro={<p>Where one right or goal was weighed against another, record how it was resolved and why, and who decided.</p>}
        noun="trade-off"
        addLabel="Add a trade-off"
        empty="No trade-offs recorded yet."
        records={assessment.tradeoffs}
        blank={BLANK_TRADEOFF}
        name={(t) => t.between}
        details={(t) =>
          filled([
            { term: 'What the tension is', value: text(t.description) },
            { term: 'How it was resolved', value: text(t.resolution) },
            { term: 'Why', value: text(t.rationale) },
            { term: 'Decided by', value: text(t.decidedBy) },
            { term: 'Decided on', value: t.decidedOn ? formatDate(t.decidedOn) : null },
          ])
        }
        renderForm={(p) => <TradeoffForm {...p} />}
        save={(tradeoff) => commit({ type: 'tradeoff.set', tradeoff })}
        remove={(id) => commit({ type: 'tradeoff.remove', id })}
        newId={services.newId}
      />
      <RecordSection
        title="Stakeholders consulted"
        intro={<p>Who you listened to (UNGP 18), especially people who could be affected, and what changed because of it.</p>}
        noun="stakeholder"
        addLabel="Add a stakeholder"
        empty="No stakeholders recorded yet."
        records={assessment.stakeholders}
        blank={BLANK_STAKEHOLDER}
        name={(s) => s.who}
        details={(s) =>
          filled([
            { term: 'When', value: s.when ? formatDate(s.when) : null },
            { term: 'How', value: text(s.how) },
            { term: 'What changed as a result', value: text(s.whatChanged) },
            { term: 'Groups they speak for', value: groupNames(s.groups) },
          ])
        }
        renderForm={(p) => <StakeholderForm {...p} groups={groups} />}
        save={(stakeholder) => commit({ type: 'stakeholder.set', stakeholder })}
        remove={(id) => commit({ type: 'stakeholder.remove', id })}
        newId={services.newId}
      />
      <RecordSection
        title="Benefits to rights"
        intro={<p>The good the product is meant to do for people’s rights, weighed alongside the risks.</p>}
        noun="benefit"
        addLabel="Add a benefit"
        empty="No benefits recorded yet."
        records={assessment.benefits}
        blank={BLANK_BENEFIT}
        name={(b) => b.description}
        details={(b) =>
          filled([
            { term: 'Rights it serves', value: list(b.rights, (id) => rightLabel(loaded, id)) },
            { term: 'Who benefits', value: groupNames(b.groups) },
            { term: 'Evidence', value: text(b.evidence) },
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
