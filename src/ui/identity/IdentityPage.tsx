import { useState } from 'react';
import { Link } from 'wouter';
import type { StoredIdentity } from '../../domain';
import { useServices } from '../../app/services';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { downloadBlob } from '../common/download';
import { CertificateDetails } from './CertificateDetails';
import { CreateIdentityForm } from './CreateIdentityForm';
import { ImportIdentityForm } from './ImportIdentityForm';
import { useIdentities } from './useIdentities';

/**
 * `#/identity`: the identities this device signs with. Each is a certificate and
 * a private key kept by the browser as a non-extractable key: it signs here and
 * can never be read back or copied, not even by this app.
 */
export default function IdentityPage() {
  const entries = useIdentities();
  const [notice, setNotice] = useState<string | null>(null);
  const added = (name: string) => setNotice(`Added the identity “${name}”.`);
  return (
    <>
      <p>
        <Link href="/">Back to your assessments</Link> · <Link href="/verify">Verify a signed file</Link>
      </p>
      <h1>Signing identities</h1>
      <p>
        An identity is an X.509 certificate and its private key. The key stays in this browser as a key that can sign but can
        never be read, exported or sent anywhere; clearing the site’s data deletes it, and you then import your file again or make
        a new identity.
      </p>
      {notice && (
        <p role="status" className="alert ok">
          {notice}
        </p>
      )}
      <section aria-labelledby="identities-title">
        <h2 id="identities-title">Your identities</h2>
        {entries === undefined ? (
          <p role="status">Loading…</p>
        ) : entries.length === 0 ? (
          <p>No identity yet. Import a PKCS#12 file or create one below.</p>
        ) : (
          <ul className="identity-list">
            {entries.map((entry) =>
              entry.ok ? (
                <IdentityCard key={entry.identity.id} identity={entry.identity} onDeleted={(name) => setNotice(`Deleted the identity “${name}”.`)} />
              ) : (
                <DamagedIdentity key={entry.id} id={entry.id} />
              ),
            )}
          </ul>
        )}
      </section>
      <ImportIdentityForm onAdded={added} />
      <CreateIdentityForm onAdded={added} />
    </>
  );
}

function IdentityCard(props: { identity: StoredIdentity; onDeleted: (name: string) => void }) {
  const services = useServices();
  const { identity } = props;
  const [confirming, setConfirming] = useState(false);
  const name = identity.info.commonName || identity.info.subject;
  const exportPem = () => {
    const pem = [identity.certificate, ...identity.chain].map((c) => c.pem).join('');
    downloadBlob(new Blob([pem], { type: 'application/x-pem-file' }), `${safeName(name)}-certificate.pem`);
  };
  const remove = async () => {
    setConfirming(false);
    await services.identities.remove(identity.id);
    props.onDeleted(name);
  };
  return (
    <li className="panel" aria-label={`Identity ${name}`}>
      <h3>{name}</h3>
      <p className="muted">{identity.source === 'pkcs12' ? 'Imported from a PKCS#12 file' : 'Created in this app (self-signed)'}</p>
      <CertificateDetails info={identity.info} now={services.now()} />
      <div className="button-row">
        <button type="button" onClick={exportPem}>
          Export certificate (PEM)
        </button>
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          Delete identity
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={`Delete the identity “${name}”?`}
        confirmLabel="Delete identity"
        danger
        onConfirm={remove}
        onCancel={() => setConfirming(false)}
      >
        <p>
          Its private key is deleted from this browser and cannot be recovered here. Files you already signed stay valid. To sign
          with it again you need the PKCS#12 file{identity.source === 'self-signed' ? '; a self-signed identity made here has none' : ''}.
        </p>
      </ConfirmDialog>
    </li>
  );
}

function DamagedIdentity(props: { id: string }) {
  const services = useServices();
  return (
    <li className="panel">
      <p className="alert warning">A stored identity cannot be read (it may come from a newer version of the app).</p>
      <button type="button" className="danger" onClick={() => services.identities.remove(props.id)}>
        Delete the unreadable identity
      </button>
    </li>
  );
}

const safeName = (name: string) => name.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'identity';
