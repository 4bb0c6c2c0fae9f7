import {
  AnswerReviewSchema,
  carriedReview,
  EvidenceFileSchema,
  nextRevisionProblem,
  RequestSchema,
  ResponseReviewSchema,
  sha256OfBytes,
  type AnswerReview,
  type Request,
  type ResponseCheck,
  type ResponseFile,
  type ResponseReview,
  type RevisionProblem,
} from '../domain/procurement';
import { appDb, type AppDB } from './appDb';
import type { EvidenceRow, ProcurementRow, ResponseRow } from './procurementRows';

/** A request that was sent is frozen: vendors' responses name its hash. */
export class RequestFrozenError extends Error {
  constructor(readonly id: string) {
    super(`Request ${id} was sent to vendors and can no longer change; make a new request instead.`);
    this.name = 'RequestFrozenError';
  }
}

/** Why a verified response was still not stored (the response check itself reports its own codes). */
export type ResponseStoreProblem = 'not-verified' | 'unknown-procurement' | 'not-sent' | 'already-imported' | 'previous-revision-missing' | RevisionProblem;

export class ResponseNotStoredError extends Error {
  constructor(readonly code: ResponseStoreProblem) {
    super(`The response was not stored: ${code}`);
    this.name = 'ResponseNotStoredError';
  }
}

export interface ProcurementRepository {
  get(id: string): Promise<ProcurementRow | undefined>;
  list(): Promise<ProcurementRow[]>;
  /** Saves a draft request (validated first); refused once the request is sent. */
  saveDraft(request: Request, at: string): Promise<void>;
  /** Freezes the request under the hash vendors will bind to. */
  markSent(id: string, hash: string, at: string): Promise<void>;
  /**
   * Stores a response that `verifyResponseContainer` accepted, with its evidence files, in
   * one transaction; a later revision only if it follows the stored one exactly. Anything
   * refused throws and leaves the database as it was.
   */
  importResponse(procurementId: string, check: ResponseCheck, at: string): Promise<ResponseRow>;
  responses(procurementId: string): Promise<ResponseRow[]>;
  saveReview(responseId: string, review: ResponseReview): Promise<void>;
  /**
   * Records (or, with null, clears) the buyer's verdict on one answer of one revision,
   * beside the response and never in it; the rest of that revision's review is kept.
   */
  reviewAnswer(responseId: string, key: string, review: AnswerReview | null): Promise<ResponseReview>;
  /** Evidence bytes, checked again against their hash (a damaged blob is reported, never shown as the evidence). */
  readEvidence(ownerId: string, sha256: string): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; code: 'missing' | 'hash-mismatch' }>;
  /** The vendor's side: attaches a file to a question of a response being written. */
  attachEvidence(row: Omit<EvidenceRow, 'blob' | 'sha256' | 'bytes'> & { data: Uint8Array }): Promise<EvidenceRow>;
  evidenceOf(ownerId: string): Promise<EvidenceRow[]>;
  /** The vendor's side: takes a file off a question again, before the response is exported. */
  removeEvidence(ownerId: string, sha256: string, questionKey: string): Promise<void>;
}

export function procurementRepository(db: AppDB = appDb()): ProcurementRepository {
  return {
    get: (id) => db.procurements.get(id),
    list: () => db.procurements.orderBy('updatedAt').reverse().toArray(),
    async saveDraft(request, at) {
      const valid = RequestSchema.parse(request);
      await db.transaction('rw', db.procurements, async () => {
        const stored = await db.procurements.get(valid.id);
        if (stored?.sentAt) throw new RequestFrozenError(valid.id);
        await db.procurements.put({ id: valid.id, request: valid, requestHash: null, sentAt: null, updatedAt: at });
      });
    },
    async markSent(id, hash, at) {
      await db.transaction('rw', db.procurements, async () => {
        const stored = await db.procurements.get(id);
        if (!stored) throw new Error(`No procurement ${id}`);
        if (stored.sentAt) {
          if (stored.requestHash !== hash) throw new RequestFrozenError(id);
          return;
        }
        await db.procurements.put({ ...stored, requestHash: hash, sentAt: at, updatedAt: at });
      });
    },
    async importResponse(procurementId, check, at) {
      if (!check.ok) throw new ResponseNotStoredError('not-verified');
      const { file, manifestText, files, signature } = check;
      const assessment = file.assessment;
      return db.transaction('rw', db.procurements, db.responses, db.evidenceFiles, async () => {
        const procurement = await db.procurements.get(procurementId);
        if (!procurement) throw new ResponseNotStoredError('unknown-procurement');
        if (!procurement.requestHash || procurement.requestHash !== file.request.hash) throw new ResponseNotStoredError('not-sent');
        if (await db.responses.get(assessment.id)) throw new ResponseNotStoredError('already-imported');
        const parent = assessment.revision.parent;
        let review: ResponseReview | null = null;
        if (assessment.revision.number > 1) {
          const previousRow = parent ? await db.responses.get(parent.id) : undefined;
          if (!previousRow || previousRow.procurementId !== procurementId) throw new ResponseNotStoredError('previous-revision-missing');
          const previous = JSON.parse(previousRow.manifestText) as ResponseFile;
          const problem = nextRevisionProblem(previous.assessment, assessment);
          if (problem) throw new ResponseNotStoredError(problem);
          // The buyer re-reviews only what changed: verdicts on unchanged answers carry over.
          review = carriedReview(procurement.request, { ...previous, review: previousRow.review }, file);
        }
        const row: ResponseRow = {
          id: assessment.id,
          procurementId,
          organisation: assessment.subject.organisation,
          revision: assessment.revision.number,
          manifestText,
          importedAt: at,
          signature: { valid: signature.valid, trusted: signature.trusted, reasons: [...signature.reasons] },
          review,
        };
        await db.responses.add(row);
        await db.evidenceFiles.bulkAdd(
          file.evidence.map((e) => ({ ...e, ownerId: assessment.id, blob: new Blob([files.get(e.sha256)! as Uint8Array<ArrayBuffer>], { type: e.mediaType }) })),
        );
        await db.procurements.update(procurementId, { updatedAt: at });
        return row;
      });
    },
    responses: (procurementId) => db.responses.where('procurementId').equals(procurementId).toArray(),
    async saveReview(responseId, review) {
      const valid = ResponseReviewSchema.parse(review);
      if (valid.responseId !== responseId) throw new Error(`The review is of response ${valid.responseId}, not ${responseId}`);
      const changed = await db.responses.update(responseId, { review: valid });
      if (!changed) throw new Error(`No response ${responseId}`);
    },
    reviewAnswer: (responseId, key, answer) =>
      db.transaction('rw', db.responses, async () => {
        const row = await db.responses.get(responseId);
        if (!row) throw new Error(`No response ${responseId}`);
        const answers = { ...(row.review?.answers ?? {}) };
        if (answer) answers[key] = AnswerReviewSchema.parse(answer);
        else delete answers[key];
        const review = ResponseReviewSchema.parse({ responseId, revision: row.revision, round: row.review?.round ?? row.revision, answers });
        await db.responses.update(responseId, { review });
        return review;
      }),
    async readEvidence(ownerId, sha256) {
      const row = await db.evidenceFiles.where('[ownerId+sha256]').equals([ownerId, sha256]).first();
      if (!row) return { ok: false, code: 'missing' };
      const bytes = new Uint8Array(await row.blob.arrayBuffer());
      return sha256OfBytes(bytes) === sha256 ? { ok: true, bytes } : { ok: false, code: 'hash-mismatch' };
    },
    async attachEvidence({ data, ...meta }) {
      // The same rules as an imported file's entry: size at most 25 MB, a plain file name, a media type.
      const { ownerId, ...entry } = meta;
      const valid = EvidenceFileSchema.parse({ ...entry, sha256: sha256OfBytes(data), bytes: data.byteLength });
      const row: EvidenceRow = { ...valid, ownerId, blob: new Blob([data as Uint8Array<ArrayBuffer>], { type: valid.mediaType }) };
      await db.evidenceFiles.put(row);
      return row;
    },
    evidenceOf: (ownerId) => db.evidenceFiles.where('ownerId').equals(ownerId).toArray(),
    removeEvidence: (ownerId, sha256, questionKey) => db.evidenceFiles.delete([ownerId, sha256, questionKey]),
  };
}
