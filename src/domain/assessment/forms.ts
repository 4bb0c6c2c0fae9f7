import { z } from 'zod';
import { detail, problemIssue, refineProblem } from '../problems';
import { userText } from '../text/userText';
import { AnswerStatusSchema, type Checklist } from '../checklist/schema';
import type { TriageAnswers, TriageValue } from '../checklist/rules';
import { SetupPurposeSchema } from './purpose';
import { AuditStatementSchema, EvidenceRefSchema, SubjectSchema } from './schema';

/**
 * Schemas for the forms a person fills in. The react-hook-form resolvers and the
 * wizard's guards use these same schemas, so "valid" means one thing everywhere.
 */
/** The product step: the product, and the purpose, which sets the mode and the perspective (see purpose.ts). */
export const SetupFormSchema = z.object({ subject: SubjectSchema, purpose: SetupPurposeSchema });
export type SetupForm = z.input<typeof SetupFormSchema>;

export const ItemAnswerFormSchema = z.object({
  status: AnswerStatusSchema.nullable(),
  notes: z.string().max(50000),
  evidence: z.array(EvidenceRefSchema).max(200),
});
export type ItemAnswerForm = z.input<typeof ItemAnswerFormSchema>;

/** Form values: one string per single/boolean/text question, a list per multi question. */
export type TriageForm = Record<string, string | string[]>;

export function triageFormSchema(checklist: Checklist) {
  const shape: Record<string, z.ZodType<TriageValue | undefined, string | string[]>> = {};
  for (const q of checklist.triage) {
    const options = q.options.map((o) => o.value);
    const choose = refineProblem(detail('choose-answer'));
    switch (q.kind) {
      case 'single':
        shape[q.id] = z.unknown().refine((v) => typeof v === 'string' && options.includes(v), choose) as never;
        break;
      case 'boolean':
        shape[q.id] = z
          .unknown()
          .refine((v) => v === 'yes' || v === 'no', choose)
          .transform((v) => v === 'yes') as never;
        break;
      case 'multi':
        shape[q.id] = z
          .union([z.array(z.string()), z.literal(false), z.string()])
          .transform((v) => (Array.isArray(v) ? v : typeof v === 'string' && v ? [v] : []))
          .refine((v) => v.every((x) => options.includes(x)), refineProblem(detail('choose-listed-options'))) as never;
        break;
      case 'text':
        shape[q.id] = userText(500).default('').transform((v) => v.trim()) as never;
        break;
    }
  }
  return z.object(shape);
}

export function triageToForm(checklist: Checklist, triage: TriageAnswers): TriageForm {
  const form: TriageForm = {};
  for (const q of checklist.triage) {
    const v = triage[q.id];
    if (q.kind === 'multi') form[q.id] = Array.isArray(v) ? v : [];
    else if (q.kind === 'boolean') form[q.id] = v === true ? 'yes' : v === false ? 'no' : '';
    else form[q.id] = typeof v === 'string' ? v : '';
  }
  return form;
}

/**
 * The auditor's statement as the form checks it: any opinion other than
 * unqualified is a reservation, and a reader must be told why.
 */
export const AuditStatementFormSchema = AuditStatementSchema.superRefine((s, ctx) => {
  if (s.opinion && s.opinion !== 'unqualified' && s.basis.trim() === '') {
    ctx.addIssue(problemIssue(detail('missing', { what: 'audit-basis' }), ['basis']));
  }
});
export type AuditStatementForm = z.input<typeof AuditStatementFormSchema>;
