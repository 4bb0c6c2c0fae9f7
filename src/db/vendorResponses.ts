import { AssessmentSchema, TrailEventSchema, verifyTrail, type AssessmentChangeInput } from '../domain';
import { changeVendorDraft, RequestSchema, startVendorDraft, startVendorRevision, type Request } from '../domain/procurement';
import { appDb, type AppDB } from './appDb';
import type { VendorClarification, VendorResponseRow } from './procurementRows';

/** A response that was exported is what the buyer holds: it never changes again. */
export class ResponseExportedError extends Error {
  constructor(readonly id: string) {
    super(`Response ${id} was exported and can no longer change.`);
    this.name = 'ResponseExportedError';
  }
}

export interface VendorResponseRepository {
  get(id: string): Promise<VendorResponseRow | undefined>;
  list(): Promise<VendorResponseRow[]>;
  /** Starts a response to a request the vendor opened (checked by the caller against its checklist). */
  start(args: {
    id: string;
    at: string;
    request: Request;
    requestHash: string;
    requestSignature: VendorResponseRow['requestSignature'];
    productName: string;
    organisation: string;
    respondent: string;
  }): Promise<VendorResponseRow>;
  /** Applies one change and appends it to the trail, in one transaction; refused once exported. */
  change(id: string, change: AssessmentChangeInput, at: string): Promise<VendorResponseRow>;
  /** Locks the response (a `revision.lock` in its trail) and records the export. */
  markExported(id: string, at: string): Promise<VendorResponseRow>;
  /**
   * Starts the next revision of an exported response to answer a buyer's clarification
   * round: same answers and evidence files (copied to the new revision), naming the
   * exported one as its parent. The exported revision stays as it was.
   */
  startRevision(id: string, args: { newId: string; at: string; clarification: VendorClarification }): Promise<VendorResponseRow>;
}

export function vendorResponseRepository(db: AppDB = appDb()): VendorResponseRepository {
  const update = (id: string, at: string, edit: (row: VendorResponseRow) => VendorResponseRow) =>
    db.transaction('rw', db.vendorResponses, async () => {
      const row = await db.vendorResponses.get(id);
      if (!row) throw new Error(`No response ${id}`);
      if (row.exportedAt) throw new ResponseExportedError(id);
      const next = { ...edit(row), updatedAt: at };
      // What is stored is what will be signed: checked as an imported file would be.
      AssessmentSchema.parse(next.assessment);
      next.trail.forEach((e) => TrailEventSchema.parse(e));
      if (!verifyTrail(next.trail).ok) throw new Error('The change would break the response’s trail');
      await db.vendorResponses.put(next);
      return next;
    });
  const by = (row: VendorResponseRow) => row.assessment.subject.assessor || row.assessment.subject.organisation;
  return {
    get: (id) => db.vendorResponses.get(id),
    list: () => db.vendorResponses.orderBy('updatedAt').reverse().toArray(),
    async start(args) {
      const request = RequestSchema.parse(args.request);
      const draft = startVendorDraft(request, args);
      const row: VendorResponseRow = {
        id: args.id,
        requestId: request.id,
        requestHash: args.requestHash,
        request,
        requestSignature: args.requestSignature,
        ...draft,
        exportedAt: null,
        updatedAt: args.at,
      };
      await db.vendorResponses.add(row);
      return row;
    },
    change: (id, change, at) => update(id, at, (row) => ({ ...row, ...changeVendorDraft(row.request, row, change, { at, by: by(row) }) })),
    startRevision: (id, { newId, at, clarification }) =>
      db.transaction('rw', db.vendorResponses, db.evidenceFiles, async () => {
        const row = await db.vendorResponses.get(id);
        if (!row) throw new Error(`No response ${id}`);
        if (!row.exportedAt) throw new Error('Only an exported response can be revised; this one can still be changed directly.');
        const next: VendorResponseRow = { ...row, ...startVendorRevision(row, { id: newId, at, by: by(row) }), id: newId, exportedAt: null, updatedAt: at, clarification };
        await db.vendorResponses.add(next);
        const files = await db.evidenceFiles.where('ownerId').equals(id).toArray();
        await db.evidenceFiles.bulkAdd(files.map((f) => ({ ...f, ownerId: newId })));
        return next;
      }),
    markExported: (id, at) => update(id, at, (row) => ({ ...row, ...changeVendorDraft(row.request, row, { type: 'revision.lock' }, { at, by: by(row) }), exportedAt: at })),
  };
}
