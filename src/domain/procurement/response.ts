import { z } from 'zod';
import { detail, matching, problemIssue, refineProblem } from '../problems';
import { AssessmentSchema, type ItemAnswer } from '../assessment/schema';
import { ChecklistRefSchema } from '../checklist/schema';
import { HRBA_FORMAT_VERSION } from '../exchange/hrbaFile';
import { bounded, checkedList } from '../limits';
import { requiredUserText, userText } from '../text/userText';
import { HashSchema, TRAIL_MAX_EVENTS, TrailEventSchema } from '../trail/event';
import { canonicalJson } from '../canonical';
import { CONTAINER_LIMITS, EVIDENCE_FILE_MAX_BYTES } from './container';
import { QuestionKeySchema, requestQuestionKeys, type QuestionKey, type Request } from './request';
import { packageEnvelope, readPackageText, type PackageRead } from './packageText';

/**
 * A vendor's answers to a request, as a package of kind `hrba.response`: a
 * `vendor-response` assessment with its trail, the request it answers (by id and
 * hash), and the list of evidence files it carries. It travels inside a container
 * (see ./container) with the files; the detached JWS signatures (src/crypto's
 * signPackage) cover this JSON, hence the list of file hashes, hence the files.
 */
export const RESPONSE_FILE_KIND = 'hrba.response';

/** A file name as the vendor gave it: shown, never used as a path. */
const FileName = requiredUserText(255, 'file-name').refine((name) => !/[\\/]/.test(name), refineProblem(detail('file-name-has-slash')));

export const EvidenceFileSchema = z.strictObject({
  sha256: HashSchema,
  /** The question it supports. */
  questionKey: QuestionKeySchema,
  name: FileName,
  mediaType: matching(/^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}$/i, 'application/pdf'),
  bytes: z.number().int().min(0).max(EVIDENCE_FILE_MAX_BYTES),
  description: userText(500).default(''),
});
export type EvidenceFile = z.infer<typeof EvidenceFileSchema>;

/** What a response names to say which request it answers. */
export const RequestBindingSchema = z.strictObject({ id: z.uuid(), hash: HashSchema });
export type RequestBinding = z.infer<typeof RequestBindingSchema>;

export const ResponseFileSchema = z
  .strictObject({
    ...packageEnvelope(RESPONSE_FILE_KIND),
    request: RequestBindingSchema,
    checklist: ChecklistRefSchema,
    assessment: AssessmentSchema,
    trail: checkedList(TrailEventSchema, TRAIL_MAX_EVENTS),
    evidence: bounded(z.array(EvidenceFileSchema), CONTAINER_LIMITS.files).default([]),
  })
  .superRefine((file, ctx) => {
    if (file.assessment.mode !== 'vendor-response') {
      ctx.addIssue(problemIssue(detail('response-mode', { mode: file.assessment.mode }), ['assessment', 'mode']));
    }
    const a = file.assessment.checklist;
    if (a.id !== file.checklist.id || a.version !== file.checklist.version || a.contentHash !== file.checklist.contentHash) {
      ctx.addIssue(problemIssue(detail('checklist-mismatch', { named: `${file.checklist.id} ${file.checklist.version}`, used: `${a.id} ${a.version}` }), ['checklist']));
    }
    const seen = new Set<string>();
    file.evidence.forEach((e, index) => {
      const key = `${e.sha256} ${e.questionKey}`;
      if (seen.has(key)) ctx.addIssue(problemIssue(detail('evidence-twice', { key: e.questionKey }), ['evidence', index]));
      seen.add(key);
    });
  });
export type ResponseFile = z.infer<typeof ResponseFileSchema>;

export function serializeResponseFile(file: ResponseFile): string {
  return `${JSON.stringify(JSON.parse(canonicalJson(file)), null, 2)}\n`;
}

export function restoreResponseFile(text: string): PackageRead<ResponseFile> {
  return readPackageText(text, RESPONSE_FILE_KIND, ResponseFileSchema);
}

type Answers = Readonly<Record<string, Pick<ItemAnswer, 'status'> | undefined>>;

/** The mandatory questions without an answer, in the request's question order: what blocks submitting. */
export function missingMandatory(request: Pick<Request, 'items' | 'customQuestions' | 'mandatory'>, answers: Answers): QuestionKey[] {
  const mandatory = new Set(request.mandatory);
  return requestQuestionKeys(request).filter((key) => mandatory.has(key) && !(Object.hasOwn(answers, key) && answers[key]?.status));
}

/** How far a response answers its request: answered questions over asked ones. */
export function responseCompletion(request: Pick<Request, 'items' | 'customQuestions'>, answers: Answers): { answered: number; asked: number } {
  const keys = requestQuestionKeys(request);
  return { answered: keys.filter((key) => Object.hasOwn(answers, key) && answers[key]?.status).length, asked: keys.length };
}

export function makeResponseFile(args: {
  request: RequestBinding;
  assessment: ResponseFile['assessment'];
  trail: ResponseFile['trail'];
  evidence: readonly EvidenceFile[];
  generator: ResponseFile['generator'];
  exportedAt: string;
}): ResponseFile {
  return {
    kind: RESPONSE_FILE_KIND,
    formatVersion: HRBA_FORMAT_VERSION,
    exportedAt: args.exportedAt,
    generator: args.generator,
    request: args.request,
    checklist: args.assessment.checklist,
    assessment: args.assessment,
    trail: [...args.trail],
    evidence: [...args.evidence],
  };
}
