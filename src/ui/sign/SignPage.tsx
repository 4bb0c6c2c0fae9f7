import { useId, useState } from 'react';
import { Link } from 'wouter';
import { useServices } from '../../app/services';
import { downloadBlob } from '../common/download';
import { formatDateTime } from '../common/dates';
import type { SectionProps } from '../assessment/sections';
import { CertificateDetails, groupedFingerprint } from '../identity/CertificateDetails';
import { useIdentities } from '../identity/useIdentities';
import { signRevision, SIGN_STEPS, type SignStep, type SignedOutputs } from './signRevision';

const STEP_WORDS: Record<SignStep, string> = {
  lock: 'Locking the revision',
  trail: 'Reading the change trail',
  report: 'Writing the full report',
  pdf: 'Signing the PDF report',
  package: 'Signing the data package',
};

type SignState = { kind: 'idle' } | { kind: 'signing'; step: SignStep } | { kind: 'done'; outputs: SignedOutputs } | { kind: 'failed'; message: string };

/**
 * The "Sign" section: choose an identity, see what will be signed, and sign.
 * Signing locks the revision for good; any later edit starts the next revision.
 */
export default function SignPage(props: SectionProps) {
  const { assessment } = props;
  const services = useServices();
  const entries = useIdentities();
  const identities = (entries ?? []).flatMap((e) => (e.ok ? [e.identity] : []));
  const [chosen, setChosen] = useState<string | null>(null);
  const [state, setState] = useState<SignState>({ kind: 'idle' });
  const id = useId();
  const identity = identities.find((i) => i.id === chosen) ?? identities[0];
  const locked = !!assessment.revision.lockedAt;
  const busy = state.kind === 'signing';

  async function sign() {
    if (!identity) return;
    setState({ kind: 'signing', step: 'lock' });
    try {
      const outputs = await signRevision({ services, assessment, commit: props.commit, identity, onStep: (step) => setState({ kind: 'signing', step }) });
      downloadBlob(new Blob([outputs.pdf.bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), outputs.pdf.name);
      downloadBlob(new Blob([outputs.package.text], { type: 'application/json' }), outputs.package.name);
      setState({ kind: 'done', outputs });
    } catch (error) {
      setState({ kind: 'failed', message: (error as Error).message });
    }
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Sign revision {assessment.revision.number}</h2>
      <p>
        Signing produces two files, both downloaded: the full PDF report with a digital signature (PAdES) that any PDF reader can
        check, and the data package (<code>.hrba.json</code>) with the assessment, its change trail and a signature (JWS) over them.
        The report prints the assessment’s hash and the head of its change trail inside the signed bytes.
      </p>
      {locked ? (
        <p className="alert">
          This revision was locked on {formatDateTime(assessment.revision.lockedAt!)}. Signing it again signs exactly what was locked.
        </p>
      ) : (
        <p className="alert warning">
          Signing locks revision {assessment.revision.number}: it can never change again, and the lock is recorded in the change trail.
          To change anything afterwards you start revision {assessment.revision.number + 1}, which names this one as its parent.
        </p>
      )}
      <p>
        The signing time is this computer’s clock ({formatDateTime(services.now().toISOString())} now); nothing on the internet
        confirms it.
      </p>
      {entries === undefined ? (
        <p role="status">Loading your identities…</p>
      ) : identities.length === 0 ? (
        <p className="alert">
          You have no signing identity yet. <Link href="/identity">Import a PKCS#12 file or create an identity</Link> first.
        </p>
      ) : (
        <>
          <fieldset disabled={busy}>
            <legend>Sign as</legend>
            {identities.map((i) => (
              <label key={i.id} className="choice">
                <input type="radio" name={`${id}-identity`} checked={identity?.id === i.id} onChange={() => setChosen(i.id)} />{' '}
                {i.info.commonName || i.info.subject} — {i.info.issuer === i.info.subject ? 'self-signed' : `issued by ${i.info.issuer}`},
                fingerprint {groupedFingerprint(i.info.sha256Fingerprint).slice(0, 19)}…
              </label>
            ))}
          </fieldset>
          {identity && <CertificateDetails info={identity.info} now={services.now()} />}
          <div className="button-row">
            <button type="button" className="primary" onClick={sign} disabled={busy || !identity} aria-busy={busy}>
              {locked ? 'Sign the locked revision' : `Lock and sign revision ${assessment.revision.number}`}
            </button>
            <Link href="/identity">Manage identities</Link>
          </div>
        </>
      )}
      {state.kind === 'signing' && (
        <div role="status" aria-live="polite">
          <p>
            {STEP_WORDS[state.step]}… (step {SIGN_STEPS.indexOf(state.step) + 1} of {SIGN_STEPS.length})
          </p>
          <progress max={SIGN_STEPS.length} value={SIGN_STEPS.indexOf(state.step)} aria-label="Signing progress" />
        </div>
      )}
      {state.kind === 'done' && (
        <div role="status" className="alert ok">
          <p>
            Signed revision {state.outputs.revision} at {formatDateTime(state.outputs.signingTime.toISOString())} (this computer’s clock).
            Downloaded “{state.outputs.pdf.name}” and “{state.outputs.package.name}”.
          </p>
          <p>
            Anyone can check them offline: in this app’s <Link href="/verify">Verify</Link> screen, with <code>hrba verify</code>,
            or with a PDF reader.
          </p>
        </div>
      )}
      {state.kind === 'failed' && (
        <p role="alert" className="alert error">
          Signing failed: {state.message}
        </p>
      )}
    </section>
  );
}
