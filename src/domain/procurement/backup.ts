import { z } from 'zod';
import { detail, refineProblem } from '../problems';
import { AssessmentSchema } from '../assessment/schema';
import { HashSchema, TrailEventSchema } from '../trail/event';
import { userText } from '../text/userText';
import { DecisionSchema } from './decision';
import { QuestionKeySchema, RequestSchema } from './request';
import { EvidenceFileSchema } from './response';
import { ResponseReviewSchema } from './review';

/**
 * The procurement part of "Back up everything": the buyer's procurements (request,
 * decision), the vendors' responses as received (the signed package text, kept
 * byte for byte so its signature can be checked again) with the buyer's review beside
 * each, the vendor's own responses being written, and every evidence file's bytes
 * (base64) with the hash they must match. Rows are checked as they were when stored.
 */
const IsoTime = z.iso.datetime({ offset: true });
const SignatureSaid = z.strictObject({ valid: z.boolean(), signer: z.string().nullable() }).nullable();

export const BackupProcurementSchema = z.strictObject({
  id: z.uuid(),
  request: RequestSchema,
  requestHash: HashSchema.nullable(),
  sentAt: IsoTime.nullable(),
  updatedAt: IsoTime,
  decision: DecisionSchema.nullable().optional(),
});

export const BackupResponseSchema = z.strictObject({
  id: z.uuid(),
  procurementId: z.uuid(),
  organisation: z.string(),
  revision: z.number().int().min(1),
  /** The package exactly as the vendor signed it. */
  manifestText: z.string().max(25 * 1024 * 1024),
  importedAt: IsoTime,
  signature: z.strictObject({ valid: z.boolean(), trusted: z.boolean(), reasons: z.array(z.string()) }),
  review: ResponseReviewSchema.nullable(),
});

export const BackupVendorResponseSchema = z.strictObject({
  id: z.uuid(),
  requestId: z.uuid(),
  requestHash: HashSchema,
  request: RequestSchema,
  requestSignature: SignatureSaid,
  assessment: AssessmentSchema,
  trail: z.array(TrailEventSchema),
  exportedAt: IsoTime.nullable(),
  updatedAt: IsoTime,
  clarification: z
    .strictObject({
      round: z.number().int().min(1),
      questions: z.array(z.strictObject({ key: QuestionKeySchema, comment: userText(20000) })),
      exportedAt: IsoTime,
      signature: SignatureSaid,
    })
    .optional(),
});

export const BackupEvidenceSchema = EvidenceFileSchema.extend({
  /** A response (buyer) or a vendor-response assessment (vendor). */
  ownerId: z.uuid(),
  /** The file's bytes, base64; checked against `sha256` on restore. */
  data: z.string().refine((s) => /^[A-Za-z0-9+/]*={0,2}$/.test(s), refineProblem(detail('base64-expected'))),
});

export const ProcurementBackupSchema = z.strictObject({
  procurements: z.array(BackupProcurementSchema).default([]),
  responses: z.array(BackupResponseSchema).default([]),
  vendorResponses: z.array(BackupVendorResponseSchema).default([]),
  evidence: z.array(BackupEvidenceSchema).default([]),
});
export type ProcurementBackup = z.infer<typeof ProcurementBackupSchema>;

/** Whether a backup holds any procurement data (a backup without keeps the format earlier versions read). */
export function hasProcurementData(backup: ProcurementBackup | undefined): backup is ProcurementBackup {
  return !!backup && (backup.procurements.length > 0 || backup.responses.length > 0 || backup.vendorResponses.length > 0);
}

