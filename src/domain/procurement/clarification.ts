import { z } from 'zod';
import { detail, refineProblem } from '../problems';
import { HRBA_FORMAT_VERSION } from '../exchange/hrbaFile';
import { canonicalJson } from '../canonical';
import { HashSchema } from '../trail/event';
import { userText } from '../text/userText';
import { QuestionKeySchema, REQUEST_LIMITS } from './request';
import { RequestBindingSchema } from './response';
import { packageEnvelope, readPackageText, type PackageRead } from './packageText';
import type { OpenQuestion } from './review';

/**
 * A clarification round as a `.hrba.json` package of kind `hrba.clarification`: the
 * open questions of one round, sent back to the vendor. It names the request (id and
 * hash) and the exact revision it is about (id, number, hash), so the vendor's answer
 * can only be a next revision of that response to that request.
 */
export const CLARIFICATION_FILE_KIND = 'hrba.clarification';

export const ClarificationFileSchema = z.strictObject({
  ...packageEnvelope(CLARIFICATION_FILE_KIND),
  request: RequestBindingSchema,
  response: z.strictObject({ id: z.uuid(), number: z.number().int().min(1), hash: HashSchema }),
  round: z.number().int().min(1),
  questions: z
    .array(z.strictObject({ key: QuestionKeySchema, comment: userText(20000).refine((c) => c.trim().length > 0, refineProblem(detail('missing', { what: 'clarification' }))) }))
    .max(REQUEST_LIMITS.items + REQUEST_LIMITS.customQuestions)
    .refine((questions) => questions.length > 0, refineProblem(detail('clarification-no-questions'))),
});
export type ClarificationFile = z.infer<typeof ClarificationFileSchema>;

export function makeClarificationFile(args: Omit<ClarificationFile, 'kind' | 'formatVersion' | 'signatures' | 'questions'> & { questions: readonly OpenQuestion[] }): ClarificationFile {
  return { kind: CLARIFICATION_FILE_KIND, formatVersion: HRBA_FORMAT_VERSION, ...args, questions: [...args.questions] };
}

export function serializeClarificationFile(file: ClarificationFile): string {
  return `${JSON.stringify(JSON.parse(canonicalJson(file)), null, 2)}\n`;
}

export function restoreClarificationFile(text: string): PackageRead<ClarificationFile> {
  return readPackageText(text, CLARIFICATION_FILE_KIND, ClarificationFileSchema);
}
