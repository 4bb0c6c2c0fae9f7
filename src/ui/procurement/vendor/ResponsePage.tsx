import '../procurement.css';
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import type { AnswerStatus } from '../../../domain';
import { EVIDENCE_FILE_MAX_BYTES, missingMandatory, requestQuestionKeys } from '../../../domain/procurement';
import { useServices } from '../../../app/services';
import { downloadBlob } from '../../common/download';
import { formatDate, formatDateTime } from '../../common/dates';
import { useIdentities } from '../../identity/useIdentities';
import { DEAL_BREAKER_POLICY_TEXT, PROCUREMENT_STAGE_LABELS, requestSignatureText } from '../dealBreakerWords';
import { questionText } from '../questionText';
import { useLoadedChecklist } from '../useLoadedChecklist';
import { useProcurementRepo, useVendorResponseRepo } from '../useProcurementRepo';
import { BuyerQuestions, ClarificationIntake } from './ClarificationIntake';
import { QuestionCard } from './QuestionCard';
import { exportResponse } from './responseExport';
import { SignerSelect } from '../SignerSelect';

/**
 * `#/respond/:id`: the vendor answers the buyer's questions, attaches evidence files,
 * and exports the response (signed when an identity is chosen) once every mandatory
 * question has an answer. Every answer is saved as it is given.
 */
export default function ResponsePage(props: { id: string }) {
  const services = useServices();
  const repo = useVendorResponseRepo();
  const files = useProcurementRepo();
  const row = useLiveQuery(async () => (repo ? ((await repo.get(props.id)) ?? null) : undefined), [repo, props.id]);
  const evidence = useLiveQuery(async () => (files ? files.evidenceOf(props.id) : undefined), [files, props.id]);
  const loaded = useLoadedChecklist(row?.request.checklist);
  const identities = (useIdentities() ?? []).flatMap((e) => (e.ok ? [e.identity] : []));
  const [signer, setSigner] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  if (row === null) return <h1>Response not found</h1>;
  if (!row || !evidence || !loaded || !repo || !files) return <p role="status">Loading the response…</p>;
  if ('error' in loaded) return <p className="alert error">The checklist of this request could not be loaded: {loaded.error}</p>;
  const { request, assessment } = row;
  const readOnly = !!row.exportedAt;
  const missing = missingMandatory(request, assessment.answers);
  const fail = (text: string) => setMessage({ error: true, text });

  async function answer(key: string, status: AnswerStatus | null, notes: string) {
    try {
      const previous = Object.hasOwn(assessment.answers, key) ? assessment.answers[key] : undefined;
      await repo!.change(row!.id, { type: 'answer.set', itemId: key, status, notes, evidence: previous?.evidence ?? [] }, services.now().toISOString());
    } catch (e) {
      fail(`The answer to ${key} was not saved: ${(e as Error).message}`);
    }
  }
  async function attach(key: string, file: File) {
    if (file.size > EVIDENCE_FILE_MAX_BYTES) return fail(`“${file.name}” is ${(file.size / 1048576).toFixed(1)} MB; an evidence file may be at most 25 MB. It was not attached.`);
    try {
      const data = new Uint8Array(await file.arrayBuffer());
      await files!.attachEvidence({ ownerId: row!.id, questionKey: key, name: file.name, mediaType: file.type || 'application/octet-stream', description: '', data });
      setMessage({ error: false, text: `Attached “${file.name}” to ${key}.` });
    } catch (e) {
      fail(`“${file.name}” was not attached: ${(e as Error).message}`);
    }
  }
  async function exportNow() {
    setBusy(true);
    setMessage(null);
    try {
      const out = await exportResponse(services, row!, identities.find((i) => i.id === signer) ?? null);
      downloadBlob(new Blob([out.bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), out.name);
      setMessage({ error: false, text: `Exported “${out.name}”. Send this file to ${request.buyer.organisation}.` });
    } catch (e) {
      fail(`The response was not exported: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <p>
        <Link href="/respond">Back to your responses</Link>
      </p>
      <h1>
        Response to <bdi>{request.procurement.title}</bdi>
        {assessment.revision.number > 1 && `, revision ${assessment.revision.number}`}
      </h1>
      <p>
        Asked by <bdi>{request.buyer.organisation}</bdi>
        {request.buyer.contact && (
          <>
            {' '}
            (<bdi>{request.buyer.contact}</bdi>)
          </>
        )}
        , {PROCUREMENT_STAGE_LABELS[request.procurement.stage]}. {request.deadline ? `Deadline ${formatDate(request.deadline)}.` : 'No deadline.'} Answering for{' '}
        <bdi>{assessment.subject.productName}</bdi> (<bdi>{assessment.subject.organisation}</bdi>).
      </p>
      <p className={row.requestSignature && !row.requestSignature.valid ? 'alert error' : 'alert'}>{requestSignatureText(row.requestSignature)}</p>
      {request.instructions && (
        <section aria-labelledby="instructions-title">
          <h2 id="instructions-title">Instructions from the buyer</h2>
          <p className="pre-wrap">
            <bdi>{request.instructions}</bdi>
          </p>
        </section>
      )}
      <p className="alert warning">{DEAL_BREAKER_POLICY_TEXT}</p>
      {readOnly && <p className="alert">Exported on {formatDateTime(row.exportedAt!)}: this response is locked and can no longer change.</p>}
      {readOnly && <ClarificationIntake row={row} />}
      <BuyerQuestions row={row} />
      {requestQuestionKeys(request).map((key) => (
        <QuestionCard
          key={key}
          questionKey={key}
          text={questionText(key, request, loaded.checklist)}
          mandatory={request.mandatory.includes(key)}
          rule={Object.hasOwn(request.dealBreakers, key) ? request.dealBreakers[key] : undefined}
          answer={Object.hasOwn(assessment.answers, key) ? assessment.answers[key] : undefined}
          evidence={evidence.filter((e) => e.questionKey === key)}
          readOnly={readOnly}
          buyerQuestion={row.clarification?.questions.find((q) => q.key === key)?.comment}
          onAnswer={(status, notes) => answer(key, status, notes)}
          onAttach={(file) => attach(key, file)}
          onRemove={(sha) => files.removeEvidence(row.id, sha, key)}
        />
      ))}
      <section aria-labelledby="submit-title" className="panel">
        <h2 id="submit-title">Export the response</h2>
        {missing.length > 0 ? (
          <div className="alert error" role="status">
            <p>Answer every mandatory question before exporting. Not answered yet:</p>
            <ul>
              {missing.map((key) => (
                <li key={key}>
                  <a href={`#q-${key}`} onClick={(e) => (e.preventDefault(), document.getElementById(`q-${key}`)?.scrollIntoView())}>
                    {key}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <p>Exporting locks the response: the buyer receives exactly what you exported, with your evidence files and their SHA-256.</p>
        )}
        <SignerSelect id="response-signer" label="Sign the response with" identities={identities} value={signer} onChange={setSigner} />
        <button type="button" className="primary" disabled={missing.length > 0 || busy} onClick={() => void exportNow()}>
          {readOnly ? 'Export the response again' : 'Export the response'}
        </button>
      </section>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'alert error' : 'alert ok'}>
          {message.text}
        </p>
      )}
    </>
  );
}
