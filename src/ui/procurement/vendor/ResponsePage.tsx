import '../procurement.css';
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import type { AnswerStatus } from '../../../domain';
import { EVIDENCE_FILE_MAX_BYTES, missingMandatory, requestQuestionKeys } from '../../../domain/procurement';
import { useServices } from '../../../app/services';
import { downloadBlob } from '../../common/download';
import { useDates } from '../../common/dates';
import { FormattedMessage, useIntl } from '../../../i18n/react';
import { isolate, PROCUREMENT_STAGE_MESSAGES } from '../codeMessages';
import { Deadline } from './Deadline';
import { fileSize } from './QuestionCard';
import { useIdentities } from '../../identity/useIdentities';
import { dealBreakerPolicyText, requestSignatureText } from '../dealBreakerWords';
import { questionText } from '../questionText';
import { useLoadedChecklist } from '../useLoadedChecklist';
import { LoadFailure } from '../../common/LoadFailure';
import { useProcurementRepo, useVendorResponseRepo } from '../useProcurementRepo';
import { BuyerQuestions, ClarificationIntake } from './ClarificationIntake';
import { QuestionCard } from './QuestionCard';
import { ChecklistLanguageNote } from '../ChecklistLanguageNote';
import { exportResponse } from './responseExport';
import { SignerSelect } from '../SignerSelect';
import { failureReason } from '../../common/storageMessages';

/**
 * `#/respond/:id`: the vendor answers the buyer's questions, attaches evidence files,
 * and exports the response (signed when an identity is chosen) once every mandatory
 * question has an answer. Every answer is saved as it is given.
 */
export default function ResponsePage(props: { id: string }) {
  const services = useServices();
  const intl = useIntl();
  const dates = useDates();
  const repo = useVendorResponseRepo();
  const files = useProcurementRepo();
  const row = useLiveQuery(async () => (repo ? ((await repo.get(props.id)) ?? null) : undefined), [repo, props.id]);
  const evidence = useLiveQuery(async () => (files ? files.evidenceOf(props.id) : undefined), [files, props.id]);
  const loaded = useLoadedChecklist(row?.request.checklist);
  const identities = (useIdentities() ?? []).flatMap((e) => (e.ok ? [e.identity] : []));
  const [signer, setSigner] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  if (row === null) {
    return (
      <h1>
        <FormattedMessage defaultMessage="Response not found" description="Vendor: heading when the address names no stored response" />
      </h1>
    );
  }
  if (!row || !evidence || !loaded || !repo || !files) {
    return (
      <p role="status">
        <FormattedMessage defaultMessage="Loading the response…" description="Vendor: while the response loads" />
      </p>
    );
  }
  if ('error' in loaded) {
    return (
      <LoadFailure
        what={<FormattedMessage defaultMessage="The checklist of this request could not be loaded." description="Procurement page: the request's checklist failed to load (the reason follows)" />}
        cause={loaded.error}
      />
    );
  }
  const { request, assessment } = row;
  const readOnly = !!row.exportedAt;
  const missing = missingMandatory(request, assessment.answers);
  const fail = (text: string) => setMessage({ error: true, text });

  async function answer(key: string, status: AnswerStatus | null, notes: string) {
    try {
      const previous = Object.hasOwn(assessment.answers, key) ? assessment.answers[key] : undefined;
      await repo!.change(row!.id, { type: 'answer.set', itemId: key, status, notes, evidence: previous?.evidence ?? [] }, services.now().toISOString());
    } catch (e) {
      fail(intl.formatMessage({ defaultMessage: 'The answer to {key} was not saved: {reason}', description: 'Vendor: storing an answer failed; {reason} says why, as a lower-case sentence' }, { key, reason: failureReason(e, intl) }));
    }
  }
  async function attach(key: string, file: File) {
    if (file.size > EVIDENCE_FILE_MAX_BYTES) {
      return fail(
        intl.formatMessage(
          { defaultMessage: '“{name}” is {size}; an evidence file may be at most {max}. It was not attached.', description: 'Vendor: an evidence file is too large' },
          { name: isolate(intl, file.name), size: fileSize(intl, file.size), max: fileSize(intl, EVIDENCE_FILE_MAX_BYTES) },
        ),
      );
    }
    try {
      const data = new Uint8Array(await file.arrayBuffer());
      await files!.attachEvidence({ ownerId: row!.id, questionKey: key, name: file.name, mediaType: file.type || 'application/octet-stream', description: '', data });
      setMessage({ error: false, text: intl.formatMessage({ defaultMessage: 'Attached “{name}” to {key}.', description: 'Vendor: an evidence file was attached to question {key}' }, { name: isolate(intl, file.name), key }) });
    } catch (e) {
      fail(intl.formatMessage({ defaultMessage: '“{name}” was not attached: {reason}', description: 'Vendor: attaching an evidence file failed; {reason} says why, as a lower-case sentence' }, { name: isolate(intl, file.name), reason: failureReason(e, intl) }));
    }
  }
  async function exportNow() {
    setBusy(true);
    setMessage(null);
    try {
      const out = await exportResponse(services, row!, identities.find((i) => i.id === signer) ?? null);
      downloadBlob(new Blob([out.bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), out.name);
      setMessage({
        error: false,
        text: intl.formatMessage(
          { defaultMessage: 'Exported “{name}”. Send this file to {buyer}.', description: 'Vendor: the response file was downloaded' },
          { name: isolate(intl, out.name), buyer: isolate(intl, request.buyer.organisation) },
        ),
      });
    } catch (e) {
      fail(intl.formatMessage({ defaultMessage: 'The response was not exported: {reason}', description: 'Vendor: exporting the response failed; {reason} says why, as a lower-case sentence' }, { reason: failureReason(e, intl) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <p>
        <Link href="/respond">
          <FormattedMessage defaultMessage="Back to your responses" description="Vendor: link to the list of the vendor’s responses" />
        </Link>
      </p>
      <h1>
        {assessment.revision.number > 1 ? (
          <FormattedMessage
            defaultMessage="Response to {title}, revision {revision}"
            description="Vendor: heading of a later revision of a response"
            values={{ title: <bdi>{request.procurement.title}</bdi>, revision: assessment.revision.number }}
          />
        ) : (
          <FormattedMessage defaultMessage="Response to {title}" description="Vendor: heading of a response" values={{ title: <bdi>{request.procurement.title}</bdi> }} />
        )}
      </h1>
      <p>
        {request.buyer.contact ? (
          <FormattedMessage
            defaultMessage="Asked by {buyer} ({contact}), {stage}."
            description="Vendor: who asks, their contact, and the procurement stage"
            values={{ buyer: <bdi>{request.buyer.organisation}</bdi>, contact: <bdi>{request.buyer.contact}</bdi>, stage: intl.formatMessage(PROCUREMENT_STAGE_MESSAGES[request.procurement.stage]) }}
          />
        ) : (
          <FormattedMessage
            defaultMessage="Asked by {buyer}, {stage}."
            description="Vendor: who asks and the procurement stage"
            values={{ buyer: <bdi>{request.buyer.organisation}</bdi>, stage: intl.formatMessage(PROCUREMENT_STAGE_MESSAGES[request.procurement.stage]) }}
          />
        )}{' '}
        <Deadline date={request.deadline ? dates.date(request.deadline) : null} />{' '}
        <FormattedMessage
          defaultMessage="Answering for {product} ({organisation})."
          description="Vendor: the product and organisation the response is about"
          values={{ product: <bdi>{assessment.subject.productName}</bdi>, organisation: <bdi>{assessment.subject.organisation}</bdi> }}
        />
      </p>
      <p className={row.requestSignature && !row.requestSignature.valid ? 'alert error' : 'alert'}>{requestSignatureText(intl, row.requestSignature)}</p>
      {request.instructions && (
        <section aria-labelledby="instructions-title">
          <h2 id="instructions-title">
            <FormattedMessage defaultMessage="Instructions from the buyer" description="Vendor: heading above the buyer’s instructions" />
          </h2>
          <p className="pre-wrap">
            <bdi>{request.instructions}</bdi>
          </p>
        </section>
      )}
      <p className="alert warning">{dealBreakerPolicyText(intl)}</p>
      {readOnly && (
        <p className="alert">
          <FormattedMessage
            defaultMessage="Exported on {date}: this response is locked and can no longer change."
            description="Vendor: an exported response cannot change; {date} is a date and time"
            values={{ date: dates.dateTime(row.exportedAt!) }}
          />
        </p>
      )}
      {readOnly && <ClarificationIntake row={row} />}
      <BuyerQuestions row={row} />
      {/* The questions' own heading, so each question card (h3) sits under an h2 however the page above it is made up. */}
      <h2>
        <FormattedMessage defaultMessage="Questions to answer" description="Vendor: heading above the buyer's questions, each answered in a card" />
      </h2>
      <ChecklistLanguageNote loaded={loaded}>
        {(shown) => (
          <>
            {requestQuestionKeys(request).map((key) => (
              <QuestionCard
                key={key}
                questionKey={key}
                text={questionText(key, request, shown.loaded.checklist)}
                lang={shown.language !== 'en' && shown.inEnglish.has(key) ? 'en' : undefined}
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
          </>
        )}
      </ChecklistLanguageNote>
      <section aria-labelledby="submit-title" className="panel">
        <h2 id="submit-title">
          <FormattedMessage defaultMessage="Export the response" description="Vendor: heading of the export part" />
        </h2>
        {missing.length > 0 ? (
          <div className="alert error" role="status">
            <p>
              <FormattedMessage defaultMessage="Answer every mandatory question before exporting. Not answered yet:" description="Vendor: above the list of mandatory questions without an answer" />
            </p>
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
          <p>
            <FormattedMessage
              defaultMessage="Exporting locks the response: the buyer receives exactly what you exported, with your evidence files and their SHA-256."
              description="Vendor: what exporting the response does"
            />
          </p>
        )}
        <SignerSelect id="response-signer" label={intl.formatMessage({ defaultMessage: 'Sign the response with', description: 'Vendor: choice of signing identity for the response' })} identities={identities} value={signer} onChange={setSigner} />
        <button type="button" className="primary" disabled={missing.length > 0 || busy} onClick={() => void exportNow()}>
          {readOnly ? (
            <FormattedMessage defaultMessage="Export the response again" description="Vendor: button on an already exported response" />
          ) : (
            <FormattedMessage defaultMessage="Export the response" description="Vendor: button that locks and downloads the response" />
          )}
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
