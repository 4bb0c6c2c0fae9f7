import { z } from 'zod';
import { formatZodIssues, StageIdSchema, type Checklist, type Problem } from '../../domain';
import { CustomQuestionSchema, RequestSchema, type Request, type RequestInput } from '../../domain/procurement';

/**
 * The request builder's form: the request's own fields, flattened for the screen, and
 * one row of marks per checklist item. Each text field reuses the request schema's own
 * rule (one source of truth); `toRequest` rebuilds the request and `RequestSchema`
 * checks the whole of it, including the rules that span fields.
 */
const buyer = RequestSchema.shape.buyer.shape;
const procurement = RequestSchema.shape.procurement.shape;

const Marks = {
  ask: z.boolean(),
  mandatory: z.boolean(),
  dealBreaker: z.boolean(),
};

export const RequestFormSchema = z.object({
  organisation: buyer.organisation,
  contact: buyer.contact,
  title: procurement.title,
  reference: procurement.reference,
  stage: procurement.stage,
  deadline: RequestSchema.shape.deadline,
  instructions: RequestSchema.shape.instructions,
  items: z.array(z.object({ id: z.string(), ...Marks })),
  custom: z.array(z.object({ question: CustomQuestionSchema.shape.question, stage: StageIdSchema, mandatory: z.boolean(), dealBreaker: z.boolean() })),
});
export type RequestForm = z.infer<typeof RequestFormSchema>;
export type RequestFormInput = z.input<typeof RequestFormSchema>;

/** The form as the builder opens it: every checklist item in checklist order, marked as the request has it. */
export function requestToForm(request: RequestInput, checklist: Checklist): RequestFormInput {
  const asked = new Set(request.items);
  const mandatory = new Set(request.mandatory ?? []);
  const breakers = request.dealBreakers ?? {};
  return {
    organisation: request.buyer.organisation,
    contact: request.buyer.contact ?? '',
    title: request.procurement.title,
    reference: request.procurement.reference ?? '',
    stage: request.procurement.stage,
    deadline: request.deadline ?? '',
    instructions: request.instructions ?? '',
    items: checklist.items.map((item) => ({
      id: item.id,
      ask: asked.has(item.id),
      mandatory: mandatory.has(item.id),
      dealBreaker: Object.hasOwn(breakers, item.id),
    })),
    custom: (request.customQuestions ?? []).map((q) => ({
      question: q.question,
      stage: q.stage,
      mandatory: mandatory.has(q.id),
      dealBreaker: Object.hasOwn(breakers, q.id),
    })),
  };
}

/**
 * The request the form describes. Marks on an item that is not asked are dropped (the
 * screen hides them); a deal-breaker keeps the buyer's earlier per-item rule, if any.
 */
export function formToRequest(form: RequestForm, base: RequestInput): { ok: true; request: Request } | { ok: false; problems: Problem[] } {
  const asked = form.items.filter((i) => i.ask);
  const custom = form.custom.map((q, index) => ({ ...q, id: `CQ-${String(index + 1).padStart(2, '0')}` }));
  const marked = (pick: (m: { mandatory: boolean; dealBreaker: boolean }) => boolean) => [
    ...asked.filter(pick).map((i) => i.id),
    ...custom.filter(pick).map((q) => q.id),
  ];
  const earlier = base.dealBreakers ?? {};
  const input: RequestInput = {
    ...base,
    buyer: { organisation: form.organisation, contact: form.contact },
    procurement: { title: form.title, reference: form.reference, stage: form.stage },
    deadline: form.deadline,
    instructions: form.instructions,
    items: asked.map((i) => i.id),
    customQuestions: custom.map((q) => ({ id: q.id, question: q.question, stage: q.stage, guidance: '' })),
    mandatory: marked((m) => m.mandatory),
    dealBreakers: Object.fromEntries(
      // Custom questions are renumbered from the form, so only an item's rule can be carried over.
      marked((m) => m.dealBreaker).map((key) => [key, !key.startsWith('CQ-') && Object.hasOwn(earlier, key) ? earlier[key]! : { note: '' }]),
    ),
  };
  const parsed = RequestSchema.safeParse(input);
  return parsed.success ? { ok: true, request: parsed.data } : { ok: false, problems: formatZodIssues(parsed.error.issues) };
}
