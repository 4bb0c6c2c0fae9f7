import { useEffect, useId, type ReactNode } from 'react';
import { useForm, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { problemResolver } from '../common/problemResolver';
import {
  BenefitSchema,
  StakeholderEngagementSchema,
  TradeoffSchema,
  type Benefit,
  type StakeholderEngagement,
  type Tradeoff,
} from '../../domain';
import { CheckboxGroup, TextAreaField, TextField } from '../common/fields';
import { FormActions } from '../common/FormActions';
import type { Option } from '../common/labels';
import { useUnsavedChangesGuard } from '../common/useUnsavedChangesGuard';
import type { RecordFormProps } from './RecordSection';
import { defineMessages } from '../../i18n/format';
import { useIntl } from '../../i18n/react';

const W = defineMessages({
  saveTradeoff: { defaultMessage: 'Save trade-off', description: 'Trade-off form: save button' },
  between: { defaultMessage: 'Between what (required)', description: 'Trade-off form: what was weighed against what' },
  betweenHint: { defaultMessage: 'For example: privacy of users and the safety of children.', description: 'Trade-off form: hint under “between what”' },
  tension: { defaultMessage: 'What the tension is', description: 'Trade-off form and card: the description of the tension' },
  resolution: { defaultMessage: 'How it was resolved', description: 'Trade-off form and card: the resolution' },
  rationale: { defaultMessage: 'Why this way', description: 'Trade-off form: the reasons for the resolution' },
  rationaleHint: { defaultMessage: 'Including why the limit on a right is necessary and proportionate.', description: 'Trade-off form: hint under the reasons' },
  decidedBy: { defaultMessage: 'Decided by', description: 'Trade-off form and card: who decided' },
  decidedOn: { defaultMessage: 'Decided on', description: 'Trade-off form and card: the date of the decision' },
  saveStakeholder: { defaultMessage: 'Save stakeholder', description: 'Stakeholder form: save button' },
  who: { defaultMessage: 'Who was consulted (required)', description: 'Stakeholder form: who was consulted' },
  when: { defaultMessage: 'When', description: 'Stakeholder form and card: date of the consultation' },
  how: { defaultMessage: 'How they were consulted', description: 'Stakeholder form: how the consultation was done' },
  howHint: { defaultMessage: 'Interviews, a workshop, a survey, user testing…', description: 'Stakeholder form: hint under how they were consulted' },
  whatChanged: { defaultMessage: 'What changed as a result', description: 'Stakeholder form and card: what the consultation changed' },
  speakFor: { defaultMessage: 'Groups they speak for', description: 'Stakeholder form and card: groups of people the stakeholder represents' },
  saveBenefit: { defaultMessage: 'Save benefit', description: 'Benefit form: save button' },
  benefit: { defaultMessage: 'The benefit (required)', description: 'Benefit form: the description of the benefit' },
  rights: { defaultMessage: 'Rights it serves', description: 'Benefit form and card: the human rights the benefit serves' },
  whoBenefits: { defaultMessage: 'Who benefits', description: 'Benefit form and card: groups of people who benefit' },
  evidence: { defaultMessage: 'Evidence', description: 'Benefit form and card: evidence that the benefit is real' },
  why: { defaultMessage: 'Why', description: 'Trade-off card: the reasons for the resolution' },
  howCard: { defaultMessage: 'How', description: 'Stakeholder card: how they were consulted' },
  evidenceHint: { defaultMessage: 'What shows the benefit is real, or how you will know.', description: 'Benefit form: hint under the evidence' },
});
/** The context page's field names: its cards use the same words as its forms. */
export const CONTEXT_FIELDS = W;

// Each form validates with the domain's schema minus the id (which the list assigns);
// `.required()` because the form always holds every field, defaults prefilled.
const TradeoffFormSchema = TradeoffSchema.omit({ id: true }).required();
const StakeholderFormSchema = StakeholderEngagementSchema.omit({ id: true }).required();
const BenefitFormSchema = BenefitSchema.omit({ id: true }).required();

export type TradeoffDraft = Omit<Tradeoff, 'id'>;
export type StakeholderDraft = Omit<StakeholderEngagement, 'id'>;
export type BenefitDraft = Omit<Benefit, 'id'>;

export const BLANK_TRADEOFF: TradeoffDraft = { between: '', description: '', resolution: '', rationale: '', decidedBy: '', decidedOn: '' };
export const BLANK_STAKEHOLDER: StakeholderDraft = { who: '', when: '', how: '', whatChanged: '', groups: [] };
export const BLANK_BENEFIT: BenefitDraft = { description: '', rights: [], groups: [], evidence: '' };

function FormFrame<D extends FieldValues>(props: {
  form: UseFormReturn<D, unknown, D>;
  title: string;
  saveLabel: string;
  first: Path<D>;
  onSave: (draft: D) => Promise<void>;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { form, first } = props;
  const titleId = useId();
  useUnsavedChangesGuard(form.formState.isDirty);
  useEffect(() => form.setFocus(first), [form, first]);
  return (
    <form className="panel record-form" aria-labelledby={titleId} noValidate onSubmit={form.handleSubmit(props.onSave)}>
      <h3 id={titleId}>{props.title}</h3>
      {props.children}
      <FormActions saveLabel={props.saveLabel} busy={form.formState.isSubmitting} onCancel={props.onCancel} />
    </form>
  );
}

export function TradeoffForm(props: RecordFormProps<TradeoffDraft>) {
  const t = useIntl().formatMessage;
  const form = useForm<TradeoffDraft, unknown, TradeoffDraft>({ resolver: problemResolver(TradeoffFormSchema), defaultValues: props.initial });
  const f = { register: form.register, errors: form.formState.errors };
  return (
    <FormFrame form={form} title={props.title} saveLabel={t(W.saveTradeoff)} first="between" onSave={props.onSave} onCancel={props.onCancel}>
      <TextField {...f} name="between" label={t(W.between)} hint={t(W.betweenHint)} />
      <TextAreaField {...f} name="description" label={t(W.tension)} />
      <TextAreaField {...f} name="resolution" label={t(W.resolution)} />
      <TextAreaField {...f} name="rationale" label={t(W.rationale)} hint={t(W.rationaleHint)} />
      <div className="field-row">
        <TextField {...f} name="decidedBy" label={t(W.decidedBy)} />
        <TextField {...f} name="decidedOn" type="date" label={t(W.decidedOn)} />
      </div>
    </FormFrame>
  );
}

export function StakeholderForm(props: RecordFormProps<StakeholderDraft> & { groups: readonly Option[] }) {
  const t = useIntl().formatMessage;
  const form = useForm<StakeholderDraft, unknown, StakeholderDraft>({ resolver: problemResolver(StakeholderFormSchema), defaultValues: props.initial });
  const f = { register: form.register, errors: form.formState.errors };
  return (
    <FormFrame form={form} title={props.title} saveLabel={t(W.saveStakeholder)} first="who" onSave={props.onSave} onCancel={props.onCancel}>
      <div className="field-row">
        <TextField {...f} name="who" label={t(W.who)} />
        <TextField {...f} name="when" type="date" label={t(W.when)} />
      </div>
      <TextAreaField {...f} name="how" label={t(W.how)} hint={t(W.howHint)} />
      <TextAreaField {...f} name="whatChanged" label={t(W.whatChanged)} />
      <CheckboxGroup control={form.control} name="groups" legend={t(W.speakFor)} options={props.groups} />
    </FormFrame>
  );
}

export function BenefitForm(props: RecordFormProps<BenefitDraft> & { rights: readonly Option[]; groups: readonly Option[] }) {
  const t = useIntl().formatMessage;
  const form = useForm<BenefitDraft, unknown, BenefitDraft>({ resolver: problemResolver(BenefitFormSchema), defaultValues: props.initial });
  const f = { register: form.register, errors: form.formState.errors };
  return (
    <FormFrame form={form} title={props.title} saveLabel={t(W.saveBenefit)} first="description" onSave={props.onSave} onCancel={props.onCancel}>
      <TextAreaField {...f} name="description" label={t(W.benefit)} rows={2} />
      <CheckboxGroup control={form.control} name="rights" legend={t(W.rights)} options={props.rights} />
      <CheckboxGroup control={form.control} name="groups" legend={t(W.whoBenefits)} options={props.groups} />
      <TextAreaField {...f} name="evidence" label={t(W.evidence)} hint={t(W.evidenceHint)} />
    </FormFrame>
  );
}
