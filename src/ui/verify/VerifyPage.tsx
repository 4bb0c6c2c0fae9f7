import { useEffect, useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { HRBA_FILE_MAX_BYTES } from '../../domain';
import { useServices } from '../../app/services';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { ResultCard } from './ResultCard';
import { TrustedCertificates } from './TrustedCertificates';
import { trustCertificates } from './trust';
import { verifyReceived, type Checked, type Received } from './verifyFiles';

/**
 * `#/verify`: anyone drops a signed PDF report or `.hrba.json` package (or
 * both) and reads, in plain words, what its signature proves. No assessment is
 * needed and nothing is stored; the bytes are checked exactly as received.
 */
export default function VerifyPage() {
  const services = useServices();
  const id = useId();
  const intl = useIntl();
  const trusted = useLiveQuery(() => services.trust.list(), [services]);
  const [files, setFiles] = useState<Received[]>([]);
  const [refused, setRefused] = useState<string[]>([]);
  const [checked, setChecked] = useState<Checked[] | null>(null);
  const [dragging, setDragging] = useState(false);

  // Re-checks whenever the files or the trusted certificates change, so trusting a signer updates the verdict.
  useEffect(() => {
    if (files.length === 0 || trusted === undefined) return;
    let live = true;
    setChecked(null);
    verifyReceived(files, trusted.map((t) => t.pem)).then((c) => live && setChecked(c));
    return () => {
      live = false;
    };
  }, [files, trusted]);

  async function receive(list: FileList | null) {
    if (!list || list.length === 0) return;
    const all = Array.from(list);
    const tooBig = all.filter((f) => f.size > HRBA_FILE_MAX_BYTES);
    setRefused(
      tooBig.map((f) =>
        intl.formatMessage(
          {
            defaultMessage: '“{file}” is larger than {size} MB and was not read.',
            description: 'Verify: a dropped file is too large to check; file is its name, size a number',
          },
          { file: f.name, size: intl.formatNumber(HRBA_FILE_MAX_BYTES / 1048576) },
        ),
      ),
    );
    const read = await Promise.all(all.filter((f) => !tooBig.includes(f)).map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    setFiles(read);
  }

  return (
    <>
      <p>
        <Link href="/">
          <FormattedMessage defaultMessage="Back to your assessments" description="Link back to the home page's list of assessments" />
        </Link>{' '}
        ·{' '}
        <Link href="/identity">
          <FormattedMessage defaultMessage="Signing identities" description="Verify: link to the page of signing identities" />
        </Link>
      </p>
      <h1>
        <FormattedMessage defaultMessage="Verify a signed file" description="Verify: page heading" />
      </h1>
      <p>
        <FormattedMessage
          defaultMessage="Check a signed PDF report or a signed <code>.hrba.json</code> package. Drop both to also check that the report describes exactly that data. Nothing leaves this device and nothing is stored."
          description="Verify: what the page does; .hrba.json is a file name ending, keep it"
          values={{ code: (text) => <code>{text}</code> }}
        />
      </p>
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void receive(e.dataTransfer.files);
        }}
      >
        <label htmlFor={`${id}-files`}>
          <FormattedMessage
            defaultMessage="Signed files to verify (PDF or .hrba.json; you may choose several)"
            description="Verify: the file input for the files to check"
          />
        </label>
        <input id={`${id}-files`} type="file" multiple accept=".pdf,.json,application/pdf,application/json" onChange={(e) => receive(e.target.files)} />
        <p className="hint">
          <FormattedMessage defaultMessage="Or drop them here." description="Verify: files may also be dragged onto this area" />
        </p>
      </div>
      {refused.map((r) => (
        <p key={r} role="alert" className="alert error">
          {r}
        </p>
      ))}
      {files.length > 0 && (
        <section aria-labelledby={`${id}-results`} aria-busy={checked === null}>
          <h2 id={`${id}-results`}>
            <FormattedMessage defaultMessage="What the signatures say" description="Verify: heading of the results" />
          </h2>
          {checked === null ? (
            <p role="status">
              <FormattedMessage defaultMessage="Checking…" description="Verify: the files are being checked" />
            </p>
          ) : (
            checked.map((c, i) => (
              <ResultCard key={`${i}:${c.name}`} checked={c} all={checked} now={services.now()} onTrust={(pem) => void trustCertificates(services, pem)} />
            ))
          )}
        </section>
      )}
      <TrustedCertificates />
    </>
  );
}
