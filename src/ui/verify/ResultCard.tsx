import { TRAIL_PROBLEM_TEXT } from '../../domain';
import { VERIFY_REASON_TEXT } from '../../crypto/messages';
import type { VerifyResult } from '../../crypto';
import { formatDateTime } from '../common/dates';
import { CertificateDetails } from '../identity/CertificateDetails';
import { compareWithPackages, type Checked } from './verifyFiles';

/** One checked file in plain words: valid or not, who signed, trusted or not, changed or not, and what the package says of itself. */
export function ResultCard(props: { checked: Checked; all: readonly Checked[]; onTrust: (pem: string) => void; now: Date }) {
  const { checked } = props;
  if (checked.kind === 'unreadable') {
    return (
      <article className="panel" aria-label={`Result for ${checked.name}`}>
        <h3>{checked.name}</h3>
        <p className="alert error">This file cannot be checked. {checked.problem}</p>
      </article>
    );
  }
  const { result } = checked;
  const what = checked.kind === 'pdf' ? 'PDF report' : 'data package';
  return (
    <article className="panel" aria-label={`Result for ${checked.name}`}>
      <h3>
        {checked.name} <span className="muted">({what})</span>
      </h3>
      <Verdict result={result} />
      {result.signatures.length > 0 && (
        <p>{result.modifiedAfterSigning ? 'The document was changed after it was signed.' : 'The document has not changed since it was signed.'}</p>
      )}
      {result.signer && <Signer result={result} onTrust={props.onTrust} now={props.now} />}
      {checked.kind === 'package' && checked.facts && <PackageFacts facts={checked.facts} />}
      {checked.kind === 'pdf' && <PrintedHashes checked={checked} all={props.all} />}
    </article>
  );
}

function Verdict(props: { result: VerifyResult }) {
  const { result } = props;
  const reasons = result.reasons.filter((r) => r !== 'certificate-untrusted');
  return (
    <>
      <p className={`alert ${result.valid ? 'ok' : 'error'}`}>
        <strong>{result.valid ? 'The signature is valid.' : result.signatures.length === 0 && !reasons.includes('malformed') ? 'This file is not signed.' : 'The signature is NOT valid.'}</strong>
      </p>
      {reasons.length > 0 && (
        <ul>
          {reasons.map((r) => (
            <li key={r}>{VERIFY_REASON_TEXT[r]}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function Signer(props: { result: VerifyResult; onTrust: (pem: string) => void; now: Date }) {
  const { result } = props;
  const pem = result.certificatePem;
  return (
    <>
      <h4>Signed by</h4>
      <CertificateDetails info={result.signer!} now={props.now} />
      {result.signingTime && <p>Signed at {formatDateTime(result.signingTime)}, by the signer’s own clock.</p>}
      {result.trusted ? (
        <p className="alert ok">You marked this certificate (or the one that issued it) as trusted.</p>
      ) : (
        <div className="alert warning">
          <p>This is not a certificate you marked as trusted. Compare its fingerprint with the signer’s before you trust it.</p>
          {pem && (
            <button type="button" onClick={() => props.onTrust(pem)}>
              Trust this certificate
            </button>
          )}
        </div>
      )}
    </>
  );
}

function PackageFacts(props: { facts: NonNullable<Extract<Checked, { kind: 'package' }>['facts']> }) {
  const { facts } = props;
  const trail = facts.trail;
  return (
    <dl className="certificate">
      {facts.productName !== null && (
        <>
          <dt>Assessment</dt>
          <dd>
            {facts.productName}
            {facts.revision ? `, revision ${facts.revision.number}${facts.revision.locked ? ' (locked)' : ' (not locked)'}` : ''}
          </dd>
        </>
      )}
      <dt>Change trail</dt>
      <dd>
        {trail === null
          ? 'The file carries no change trail.'
          : trail.ok
            ? `Intact: ${trail.count} ${trail.count === 1 ? 'event' : 'events'}, each linked to the one before.`
            : `Broken at event ${trail.seq} of ${trail.count}: it ${TRAIL_PROBLEM_TEXT[trail.problem]}.`}
      </dd>
      <dt>Checklist</dt>
      <dd>{facts.checklist ? `${facts.checklist.id} ${facts.checklist.version}, content ${facts.checklist.contentHash}` : 'Not stated.'}</dd>
      <dt>Assessment hash</dt>
      <dd>
        <code>{facts.assessmentHash ?? 'none'}</code>
      </dd>
    </dl>
  );
}

const MATCH_WORDS = { match: 'matches', differ: 'does NOT match', 'not-printed': 'is not printed in the PDF' } as const;

function PrintedHashes(props: { checked: Extract<Checked, { kind: 'pdf' }>; all: readonly Checked[] }) {
  const printed = props.checked.result.printedHashes;
  const matches = compareWithPackages(props.checked.result, props.all);
  if (!printed.assessment && !printed.trailHead) return <p>The PDF prints no assessment or trail hash.</p>;
  return (
    <>
      <dl className="certificate">
        <dt>Assessment hash printed</dt>
        <dd>
          <code>{printed.assessment ?? 'none'}</code>
        </dd>
        <dt>Trail head printed</dt>
        <dd>
          <code>{printed.trailHead ?? 'none'}</code>
        </dd>
      </dl>
      {matches.length === 0 ? (
        <p className="muted">Drop the signed package too, to check that this report describes exactly that data.</p>
      ) : (
        <ul>
          {matches.map((m) => (
            <li key={m.package}>
              Compared with “{m.package}”: the assessment hash {MATCH_WORDS[m.assessment]}; the trail head {MATCH_WORDS[m.trailHead]}.
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
