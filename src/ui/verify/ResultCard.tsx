import type { VerifyResult } from '../../crypto';
import { defineMessages } from '../../i18n/format';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { CertificateDetails } from '../identity/CertificateDetails';
import { VERIFY_REASON_MESSAGES } from '../identity/messages';
import { useDates } from '../common/dates';
import { compareWithPackages, type Checked } from './verifyFiles';
import { TRAIL_BROKEN_MESSAGES, UNREADABLE_MESSAGES } from './words';

const CARD = defineMessages({
  label: { defaultMessage: 'Result for {name}', description: 'Verify: spoken name of the card that reports on one file; name is its file name' },
  none: { defaultMessage: 'none', description: 'Verify: no hash is given (shown instead of a hash value)' },
});

const VERDICT = defineMessages({
  valid: { defaultMessage: 'The signature is valid.', description: 'Verify: verdict for a file whose signature checks out' },
  unsigned: { defaultMessage: 'This file is not signed.', description: 'Verify: verdict for a file without a signature' },
  invalid: { defaultMessage: 'The signature is NOT valid.', description: 'Verify: verdict for a file whose signature fails; NOT is stressed' },
});

/** One checked file in plain words: valid or not, who signed, trusted or not, changed or not, and what the package says of itself. */
export function ResultCard(props: { checked: Checked; all: readonly Checked[]; onTrust: (pem: string) => void; now: Date }) {
  const { checked } = props;
  const intl = useIntl();
  const label = intl.formatMessage(CARD.label, { name: checked.name });
  if (checked.kind === 'unreadable') {
    return (
      <article className="panel" aria-label={label}>
        <h3>
          <bdi>{checked.name}</bdi>
        </h3>
        <p className="alert error">
          <FormattedMessage
            defaultMessage="This file cannot be checked. {problem}"
            description="Verify: a dropped file is neither a PDF nor a package; problem says why"
            values={{ problem: intl.formatMessage(UNREADABLE_MESSAGES[checked.problem]) }}
          />
        </p>
      </article>
    );
  }
  const { result } = checked;
  return (
    <article className="panel" aria-label={label}>
      <h3>
        <FormattedMessage
          defaultMessage="{name} <muted>({kind, select, pdf {PDF report} other {data package}})</muted>"
          description="Verify: heading of one file's result: its file name and what kind of file it is"
          values={{ name: <bdi>{checked.name}</bdi>, kind: checked.kind, muted: (text) => <span className="muted">{text}</span> }}
        />
      </h3>
      <Verdict result={result} />
      {result.signatures.length > 0 && (
        <p>
          {result.modifiedAfterSigning ? (
            <FormattedMessage defaultMessage="The document was changed after it was signed." description="Verify: bytes were added or changed after signing" />
          ) : (
            <FormattedMessage defaultMessage="The document has not changed since it was signed." description="Verify: nothing was changed after signing" />
          )}
        </p>
      )}
      {result.signer && <Signer result={result} onTrust={props.onTrust} now={props.now} />}
      {checked.kind === 'package' && checked.facts && <PackageFacts facts={checked.facts} />}
      {checked.kind === 'pdf' && <PrintedHashes checked={checked} all={props.all} />}
    </article>
  );
}

function Verdict(props: { result: VerifyResult }) {
  const { result } = props;
  const intl = useIntl();
  const reasons = result.reasons.filter((r) => r !== 'certificate-untrusted');
  const verdict = result.valid ? VERDICT.valid : result.signatures.length === 0 && !reasons.includes('malformed') ? VERDICT.unsigned : VERDICT.invalid;
  return (
    <>
      <p className={`alert ${result.valid ? 'ok' : 'error'}`}>
        <strong>{intl.formatMessage(verdict)}</strong>
      </p>
      {reasons.length > 0 && (
        <ul>
          {reasons.map((r) => (
            <li key={r}>{intl.formatMessage(VERIFY_REASON_MESSAGES[r])}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function Signer(props: { result: VerifyResult; onTrust: (pem: string) => void; now: Date }) {
  const { result } = props;
  const dates = useDates();
  const pem = result.certificatePem;
  return (
    <>
      <h4>
        <FormattedMessage defaultMessage="Signed by" description="Verify: heading above the signer's certificate details" />
      </h4>
      <CertificateDetails info={result.signer!} now={props.now} />
      {result.signingTime && (
        <p>
          <FormattedMessage
            defaultMessage="Signed at {time}, by the signer’s own clock."
            description="Verify: when the file was signed, as the signer's computer said; time is a date and time in UTC"
            values={{ time: dates.dateTime(result.signingTime) }}
          />
        </p>
      )}
      {result.trusted ? (
        <p className="alert ok">
          <FormattedMessage
            defaultMessage="You marked this certificate (or the one that issued it) as trusted."
            description="Verify: the signer's certificate is in the trusted list"
          />
        </p>
      ) : (
        <div className="alert warning">
          <p>
            <FormattedMessage
              defaultMessage="This is not a certificate you marked as trusted. Compare its fingerprint with the signer’s before you trust it."
              description="Verify: the signer's certificate is not in the trusted list"
            />
          </p>
          {pem && (
            <button type="button" onClick={() => props.onTrust(pem)}>
              <FormattedMessage defaultMessage="Trust this certificate" description="Verify: button that adds the signer's certificate to the trusted list" />
            </button>
          )}
        </div>
      )}
    </>
  );
}

function PackageFacts(props: { facts: NonNullable<Extract<Checked, { kind: 'package' }>['facts']> }) {
  const { facts } = props;
  const intl = useIntl();
  const trail = facts.trail;
  return (
    <dl className="certificate">
      {facts.productName !== null && (
        <>
          <dt>
            <FormattedMessage defaultMessage="Assessment" description="Verify, package facts: which assessment the package holds" />
          </dt>
          <dd>
            {facts.revision ? (
              <FormattedMessage
                defaultMessage="{product}, revision {revision} ({locked, select, yes {locked} other {not locked}})"
                description="Verify, package facts: the product assessed and its revision number, and whether that revision is locked"
                values={{ product: <bdi>{facts.productName}</bdi>, revision: facts.revision.number, locked: facts.revision.locked ? 'yes' : 'no' }}
              />
            ) : (
              <bdi>{facts.productName}</bdi>
            )}
          </dd>
        </>
      )}
      <dt>
        <FormattedMessage defaultMessage="Change trail" description="Verify, package facts: the log of every change, linked by hashes" />
      </dt>
      <dd>
        {trail === null ? (
          <FormattedMessage defaultMessage="The file carries no change trail." description="Verify, package facts: no change trail in the package" />
        ) : trail.ok ? (
          <FormattedMessage
            defaultMessage="Intact: {count, plural, one {# event} other {# events}}, each linked to the one before."
            description="Verify, package facts: the change trail is whole"
            values={{ count: trail.count }}
          />
        ) : (
          intl.formatMessage(TRAIL_BROKEN_MESSAGES[trail.problem], { seq: trail.seq, count: trail.count })
        )}
      </dd>
      <dt>
        <FormattedMessage defaultMessage="Checklist" description="Verify, package facts: which checklist and version the assessment uses" />
      </dt>
      <dd>
        {facts.checklist ? (
          <FormattedMessage
            defaultMessage="{id} {version}, content {hash}"
            description="Verify, package facts: checklist id, version and content hash (code words, keep them)"
            values={{ id: <bdi>{facts.checklist.id}</bdi>, version: <bdi>{facts.checklist.version}</bdi>, hash: <code dir="ltr">{facts.checklist.contentHash}</code> }}
          />
        ) : (
          <FormattedMessage defaultMessage="Not stated." description="Verify, package facts: the package does not name its checklist" />
        )}
      </dd>
      <dt>
        <FormattedMessage defaultMessage="Assessment hash" description="Verify, package facts: the SHA-256 hash of the assessment's content" />
      </dt>
      <dd>
        <code dir="ltr">{facts.assessmentHash ?? intl.formatMessage(CARD.none)}</code>
      </dd>
    </dl>
  );
}

function PrintedHashes(props: { checked: Extract<Checked, { kind: 'pdf' }>; all: readonly Checked[] }) {
  const intl = useIntl();
  const printed = props.checked.result.printedHashes;
  const matches = compareWithPackages(props.checked.result, props.all);
  if (!printed.assessment && !printed.trailHead)
    return (
      <p>
        <FormattedMessage defaultMessage="The PDF prints no assessment or trail hash." description="Verify: a PDF report without the printed hashes" />
      </p>
    );
  return (
    <>
      <dl className="certificate">
        <dt>
          <FormattedMessage defaultMessage="Assessment hash printed" description="Verify: the assessment hash the PDF report prints" />
        </dt>
        <dd>
          <code dir="ltr">{printed.assessment ?? intl.formatMessage(CARD.none)}</code>
        </dd>
        <dt>
          <FormattedMessage defaultMessage="Trail head printed" description="Verify: the hash of the last change-trail event the PDF report prints" />
        </dt>
        <dd>
          <code dir="ltr">{printed.trailHead ?? intl.formatMessage(CARD.none)}</code>
        </dd>
      </dl>
      {matches.length === 0 ? (
        <p className="muted">
          <FormattedMessage
            defaultMessage="Drop the signed package too, to check that this report describes exactly that data."
            description="Verify: a PDF alone; dropping its package as well compares the hashes"
          />
        </p>
      ) : (
        <ul>
          {matches.map((m) => (
            <li key={m.package}>
              <FormattedMessage
                defaultMessage="Compared with “{name}”: the assessment hash {assessment, select, match {matches} differ {does NOT match} other {is not printed in the PDF}}; the trail head {trailHead, select, match {matches} differ {does NOT match} other {is not printed in the PDF}}."
                description="Verify: a PDF's printed hashes compared with the package named “name” dropped with it; NOT is stressed"
                values={{ name: <bdi>{m.package}</bdi>, assessment: m.assessment, trailHead: m.trailHead }}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
