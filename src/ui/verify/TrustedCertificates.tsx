import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../app/services';
import { CertificateDetails } from '../identity/CertificateDetails';
import { trustCertificates } from './trust';

/** The certificates the person trusts: add one from a PEM file, or stop trusting it. */
export function TrustedCertificates() {
  const services = useServices();
  const id = useId();
  const trusted = useLiveQuery(() => services.trust.list(), [services]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function add(file: File | undefined) {
    if (!file) return;
    const count = file.size > 1024 * 1024 ? 0 : await trustCertificates(services, new Uint8Array(await file.arrayBuffer()));
    setMessage(
      count > 0
        ? { ok: true, text: `Now trusting ${count} ${count === 1 ? 'certificate' : 'certificates'} from “${file.name}”.` }
        : { ok: false, text: `“${file.name}” holds no certificate (expected a PEM or DER X.509 certificate).` },
    );
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Certificates you trust</h2>
      <p className="hint">
        A signature counts as trusted when its certificate, or the certificate that issued it, is in this list. Only add a
        certificate whose fingerprint you have checked with its owner.
      </p>
      {trusted === undefined ? null : trusted.length === 0 ? (
        <p>You trust no certificate yet.</p>
      ) : (
        <ul className="identity-list">
          {trusted.map((t) => (
            <li key={t.fingerprint} className="panel" aria-label={`Trusted certificate ${t.info.commonName || t.info.subject}`}>
              <CertificateDetails info={t.info} now={services.now()} />
              <button type="button" onClick={() => services.trust.remove(t.fingerprint)}>
                Stop trusting {t.info.commonName || 'this certificate'}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor={`${id}-pem`}>Trust a certificate from a file (.pem, .crt or .cer)</label>
        <input id={`${id}-pem`} type="file" accept=".pem,.crt,.cer,application/x-pem-file" onChange={(e) => add(e.target.files?.[0])} />
      </div>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={`alert ${message.ok ? 'ok' : 'error'}`}>
          {message.text}
        </p>
      )}
    </section>
  );
}
