import { useId, useState } from 'react';
import { Link } from 'wouter';
import { useServices } from '../../app/services';
import { downloadBlob } from '../common/download';
import type { SectionProps } from '../assessment/sections';
import { CertificateDetails, groupedFingerprint } from '../identity/CertificateDetails';
import { useIdentities } from '../identity/useIdentities';
import { useDates } from '../common/dates';
import { defineMessages, type MessageDescriptor } from '../../i18n/format';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { signRevision, SIGN_STEPS, type SignStep, type SignedOutputs } from './signRevision';

const STEP_MESSAGES: Record<SignStep, MessageDescriptor> = defineMessages({
  lock: { defaultMessage: 'Locking the revision', description: 'Sign: a step of signing, shown while it runs' },
  trail: { defaultMessage: 'Reading the change trail', description: 'Sign: a step of signing, shown while it runs' },
  report: { defaultMessage: 'Writing the full report', description: 'Sign: a step of signing, shown while it runs' },
  pdf: { defaultMessage: 'Signing the PDF report', description: 'Sign: a step of signing, shown while it runs' },
  package: { defaultMessage: 'Signing the data package', description: 'Sign: a step of signing, shown while it runs' },
});

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
  const intl = useIntl();
  const at = useDates().dateTime;
  const revision = assessment.revision.number;
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
      <h2 id={`${id}-title`}>
        <FormattedMessage defaultMessage="Sign revision {revision}" description="Sign: section heading; revision is a number" values={{ revision }} />
      </h2>
      <p>
        <FormattedMessage
          defaultMessage="Signing produces two files, both downloaded: the full PDF report with a digital signature (PAdES) that any PDF reader can check, and the data package (<code>.hrba.json</code>) with the assessment, its change trail and a signature (JWS) over them. The report prints the assessment’s hash and the head of its change trail inside the signed bytes."
          description="Sign: what signing produces; PAdES, JWS and .hrba.json are code words, keep them"
          values={{ code: (text) => <code>{text}</code> }}
        />
      </p>
      {locked ? (
        <p className="alert">
          <FormattedMessage
            defaultMessage="This revision was locked on {time}. Signing it again signs exactly what was locked."
            description="Sign: the revision is already locked; time is a date and time in UTC"
            values={{ time: at(assessment.revision.lockedAt!) }}
          />
        </p>
      ) : (
        <p className="alert warning">
          <FormattedMessage
            defaultMessage="Signing locks revision {revision}: it can never change again, and the lock is recorded in the change trail. To change anything afterwards you start revision {next}, which names this one as its parent."
            description="Sign: warning that signing locks the revision; revision and next are numbers"
            values={{ revision, next: revision + 1 }}
          />
        </p>
      )}
      <p>
        <FormattedMessage
          defaultMessage="The signing time is this computer’s clock ({time} now); nothing on the internet confirms it."
          description="Sign: where the signing time comes from; time is the current date and time in UTC"
          values={{ time: at(services.now().toISOString()) }}
        />
      </p>
      {entries === undefined ? (
        <p role="status">
          <FormattedMessage defaultMessage="Loading your identities…" description="Sign: the identities are being read" />
        </p>
      ) : identities.length === 0 ? (
        <p className="alert">
          <FormattedMessage
            defaultMessage="You have no signing identity yet. <link>Import a PKCS#12 file or create an identity</link> first."
            description="Sign: no identity to sign with; the link opens the identities page"
            values={{ link: (text) => <Link href="/identity">{text}</Link> }}
          />
        </p>
      ) : (
        <>
          <fieldset disabled={busy}>
            <legend>
              <FormattedMessage defaultMessage="Sign as" description="Sign: choice of the identity to sign with" />
            </legend>
            {identities.map((i) => (
              <label key={i.id} className="choice">
                <input type="radio" name={`${id}-identity`} checked={identity?.id === i.id} onChange={() => setChosen(i.id)} />{' '}
                <FormattedMessage
                  defaultMessage="{name} — {selfSigned, select, yes {self-signed} other {issued by {issuer}}}, fingerprint {fingerprint}…"
                  description="Sign: one identity to choose; name is its holder, issuer who issued its certificate, fingerprint the first hex digits"
                  values={{
                    name: <bdi>{i.info.commonName || i.info.subject}</bdi>,
                    selfSigned: i.info.issuer === i.info.subject ? 'yes' : 'no',
                    issuer: <bdi>{i.info.issuer}</bdi>,
                    fingerprint: <bdi>{groupedFingerprint(i.info.sha256Fingerprint).slice(0, 19)}</bdi>,
                  }}
                />
              </label>
            ))}
          </fieldset>
          {identity && <CertificateDetails info={identity.info} now={services.now()} />}
          <div className="button-row">
            <button type="button" className="primary" onClick={sign} disabled={busy || !identity} aria-busy={busy}>
              {locked ? (
                <FormattedMessage defaultMessage="Sign the locked revision" description="Sign: button when the revision is already locked" />
              ) : (
                <FormattedMessage defaultMessage="Lock and sign revision {revision}" description="Sign: button that locks and signs; revision is a number" values={{ revision }} />
              )}
            </button>
            <Link href="/identity">
              <FormattedMessage defaultMessage="Manage identities" description="Sign: link to the identities page" />
            </Link>
          </div>
        </>
      )}
      {state.kind === 'signing' && (
        <div role="status" aria-live="polite">
          <p>
            <FormattedMessage
              defaultMessage="{step}… (step {number} of {total})"
              description="Sign: progress while signing; step is e.g. “Signing the PDF report”, number and total are numbers"
              values={{ step: intl.formatMessage(STEP_MESSAGES[state.step]), number: SIGN_STEPS.indexOf(state.step) + 1, total: SIGN_STEPS.length }}
            />
          </p>
          <progress
            max={SIGN_STEPS.length}
            value={SIGN_STEPS.indexOf(state.step)}
            aria-label={intl.formatMessage({ defaultMessage: 'Signing progress', description: 'Sign: spoken name of the progress bar' })}
          />
        </div>
      )}
      {state.kind === 'done' && (
        <div role="status" className="alert ok">
          <p>
            <FormattedMessage
              defaultMessage="Signed revision {revision} at {time} (this computer’s clock). Downloaded “{pdf}” and “{package}”."
              description="Sign: signing finished; time is a date and time in UTC, pdf and package are file names"
              values={{
                revision: state.outputs.revision,
                time: at(state.outputs.signingTime.toISOString()),
                pdf: <bdi>{state.outputs.pdf.name}</bdi>,
                package: <bdi>{state.outputs.package.name}</bdi>,
              }}
            />
          </p>
          <p>
            <FormattedMessage
              defaultMessage="Anyone can check them offline: in this app’s <link>Verify</link> screen, with <code>hrba verify</code>, or with a PDF reader."
              description="Sign: how the signed files can be checked; hrba verify is a command, keep it"
              values={{ link: (text) => <Link href="/verify">{text}</Link>, code: (text) => <code>{text}</code> }}
            />
          </p>
        </div>
      )}
      {state.kind === 'failed' && (
        <p role="alert" className="alert error">
          <FormattedMessage
            defaultMessage="Signing failed: {reason}"
            description="Sign: signing stopped; reason is the technical cause, often in English"
            values={{ reason: state.message }}
          />
        </p>
      )}
    </section>
  );
}
