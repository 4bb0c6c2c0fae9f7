import { useEffect, useId, type ReactNode } from 'react';
import { useForm, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
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
  const form = useForm<TradeoffDraft, unknown, TradeoffDraft>({ resolver: zodResolver(TradeoffFormSchema), defaultValues: props.initial });
  const f = { register: form.register, errors: form.formState.errors };
  return (
    <FormFrame form={form} title={props.title} saveLabel="Save trade-off" first="between" onSave={props.onSave} onCancel={props.onCancel}>
      <TextField {...f} name="between" label="Between what (required)" hint="For example: privacy of users and the safety of children." />
      <TextAreaField {...f} name="description" label="What the tension is" />
      <TextAreaField {...f} name="resolution" label="How it was resolved" />
      <TextAreaField {...f} name="rationale" label="Why this way" hint="Including why the limit on a right is necessary and proportionate." />
      <div className="field-row">
        <TextField {...f} name="decidedBy" label="Decided by" />
        <TextField {...f} name="decidedOn" type="date" label="Decided on" />
      </div>
    </FormFrame>
  );
}

export function StakeholderForm(props: RecordFormProps<StakeholderDraft> & { groups: readonly Option[] }) {
  const form = useForm<StakeholderDraft, unknown, StakeholderDraft>({ resolver: zodResolver(StakeholderFormSchema), defaultValues: props.initial });
  const f = { register: form.register, errors: form.formState.errors };
  return (
    <FormFrame form={form} title={props.title} saveLabel="Save stakeholder" first="who" onSave={props.onSave} onCancel={props.onCancel}>
      <div className="field-row">
        <TextField {...f} name="who" label="Who was consulted (required)" />
        <TextField {...f} name="when" type="date" label="When" />
      </div>
      <TextAreaField {...f} name="how" label="How they were consulted" hint="Interviews, a workshop, a survey, user testing…" />
      <TextAreaField {...f} name="whatChanged" label="What changed as a result" />
      <CheckboxGroup control={form.control} name="groups" legend="Groups they speak for" options={props.groups} />
    </FormFrame>
  );
}

export function BenefitForm(props: RecordFormProps<BenefitDraft> & { rights: readonly Option[]; groups: readonly Option[] }) {
  const form = useForm<BenefitDraft, unknown, BenefitDraft>({ resolver: zodResolver(BenefitFormSchema), defaultValues: props.initial });
  const f = { register: form.register, errors: form.formState.errors };
  return (
    <FormFrame form={form} title={props.title} saveLabel="Save benefit" first="description" onSave={props.onSave} onCancel={props.onCancel}>
      <TextAreaField {...f} name="description" label="The benefit (required)" rows={2} />
      <CheckboxGroup control={form.control} name="rights" legend="Rights it serves" options={props.rights} />
      <CheckboxGroup control={form.control} name="groups" legend="Who benefits" options={props.groups} />
      <TextAreaField {...f} name="evidence" label="Evidence" hint="What shows the benefit is real, or how you will know." />
    </FormFrame>
  );
}
