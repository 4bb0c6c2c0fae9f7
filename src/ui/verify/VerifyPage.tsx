import { useEffect, useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { HRBA_FILE_MAX_BYTES } from '../../domain';
import { useServices } from '../../app/services';
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
    setRefused(tooBig.map((f) => `“${f.name}” is larger than ${HRBA_FILE_MAX_BYTES / 1048576} MB and was not read.`));
    const read = await Promise.all(all.filter((f) => !tooBig.includes(f)).map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    setFiles(read);
  }

  return (
    <>
      <p>
        <Link href="/">Back to your assessments</Link> · <Link href="/identity">Signing identities</Link>
      </p>
      <h1>Verify a signed file</h1>
      <p>
        Check a signed PDF report or a signed <code>.hrba.json</code> package. Drop both to also check that the report describes
        exactly that data. Nothing leaves this device and nothing is stored.
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
        <label htmlFor={`${id}-files`}>Signed files to verify (PDF or .hrba.json; you may choose several)</label>
        <input id={`${id}-files`} type="file" multiple accept=".pdf,.json,application/pdf,application/json" onChange={(e) => receive(e.target.files)} />
        <p className="hint">Or drop them here.</p>
      </div>
      {refused.map((r) => (
        <p key={r} role="alert" className="alert error">
          {r}
        </p>
      ))}
      {files.length > 0 && (
        <section aria-labelledby={`${id}-results`} aria-busy={checked === null}>
          <h2 id={`${id}-results`}>What the signatures say</h2>
          {checked === null ? (
            <p role="status">Checking…</p>
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
