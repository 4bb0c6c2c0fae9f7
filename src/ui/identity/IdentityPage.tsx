import { useState } from 'react';
import { Link } from 'wouter';
import type { StoredIdentity } from '../../domain';
import { useServices } from '../../app/services';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { downloadBlob } from '../common/download';
import { defineMessages } from '../../i18n/format';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { CertificateDetails } from './CertificateDetails';
import { CreateIdentityForm } from './CreateIdentityForm';
import { ImportIdentityForm } from './ImportIdentityForm';
import { useIdentities } from './useIdentities';

/**
 * `#/identity`: the identities this device signs with. Each is a certificate and
 * a private key kept by the browser as a non-extractable key: it signs here and
 * can never be read back or copied, not even by this app.
 */
const WORDS = defineMessages({
  added: { defaultMessage: 'Added the identity “{name}”.', description: 'Identities: notice after an identity was imported or created; name is its holder' },
  deleted: { defaultMessage: 'Deleted the identity “{name}”.', description: 'Identities: notice after an identity was deleted; name is its holder' },
  card: { defaultMessage: 'Identity {name}', description: 'Identities: spoken name of one identity in the list' },
  deleteTitle: { defaultMessage: 'Delete the identity “{name}”?', description: 'Identities: title of the dialog that confirms a deletion' },
  delete: { defaultMessage: 'Delete identity', description: 'Identities: button that deletes an identity (also confirms it in the dialog)' },
});

export default function IdentityPage() {
  const entries = useIdentities();
  const intl = useIntl();
  const [notice, setNotice] = useState<string | null>(null);
  const added = (name: string) => setNotice(intl.formatMessage(WORDS.added, { name }));
  return (
    <>
      <p>
        <Link href="/">
          <FormattedMessage defaultMessage="Back to your assessments" description="Link back to the home page's list of assessments" />
        </Link>{' '}
        ·{' '}
        <Link href="/verify">
          <FormattedMessage defaultMessage="Verify a signed file" description="Identities: link to the Verify page" />
        </Link>
      </p>
      <h1>
        <FormattedMessage defaultMessage="Signing identities" description="Identities: page heading" />
      </h1>
      <p>
        <FormattedMessage
          defaultMessage="An identity is an X.509 certificate and its private key. The key stays in this browser as a key that can sign but can never be read, exported or sent anywhere; clearing the site’s data deletes it, and you then import your file again or make a new identity."
          description="Identities: what an identity is and where its key is kept"
        />
      </p>
      {notice && (
        <p role="status" className="alert ok">
          {notice}
        </p>
      )}
      <section aria-labelledby="identities-title">
        <h2 id="identities-title">
          <FormattedMessage defaultMessage="Your identities" description="Identities: heading of the list of stored identities" />
        </h2>
        {entries === undefined ? (
          <p role="status">
            <FormattedMessage defaultMessage="Loading…" description="Identities: the list is being read" />
          </p>
        ) : entries.length === 0 ? (
          <p>
            <FormattedMessage defaultMessage="No identity yet. Import a PKCS#12 file or create one below." description="Identities: the list is empty" />
          </p>
        ) : (
          <ul className="identity-list">
            {entries.map((entry) =>
              entry.ok ? (
                <IdentityCard key={entry.identity.id} identity={entry.identity} onDeleted={(name) => setNotice(intl.formatMessage(WORDS.deleted, { name }))} />
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
  const intl = useIntl();
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
    <li className="panel" aria-label={intl.formatMessage(WORDS.card, { name })}>
      <h3>
        <bdi>{name}</bdi>
      </h3>
      <p className="muted">
        {identity.source === 'pkcs12' ? (
          <FormattedMessage defaultMessage="Imported from a PKCS#12 file" description="Identities: where an identity comes from" />
        ) : (
          <FormattedMessage defaultMessage="Created in this app (self-signed)" description="Identities: where an identity comes from" />
        )}
      </p>
      <CertificateDetails info={identity.info} now={services.now()} />
      <div className="button-row">
        <button type="button" onClick={exportPem}>
          <FormattedMessage defaultMessage="Export certificate (PEM)" description="Identities: button that downloads the certificate; PEM is a file format" />
        </button>
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {intl.formatMessage(WORDS.delete)}
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={intl.formatMessage(WORDS.deleteTitle, { name })}
        confirmLabel={intl.formatMessage(WORDS.delete)}
        danger
        onConfirm={remove}
        onCancel={() => setConfirming(false)}
      >
        <p>
          <FormattedMessage
            defaultMessage="Its private key is deleted from this browser and cannot be recovered here. Files you already signed stay valid. To sign with it again you need the PKCS#12 file{source, select, self {; a self-signed identity made here has none} other {}}."
            description="Identities: what deleting an identity means; the last part is said only for identities made in this app"
            values={{ source: identity.source === 'self-signed' ? 'self' : 'file' }}
          />
        </p>
      </ConfirmDialog>
    </li>
  );
}

function DamagedIdentity(props: { id: string }) {
  const services = useServices();
  return (
    <li className="panel">
      <p className="alert warning">
        <FormattedMessage
          defaultMessage="A stored identity cannot be read (it may come from a newer version of the app)."
          description="Identities: a stored identity is damaged or from a newer version"
        />
      </p>
      <button type="button" className="danger" onClick={() => services.identities.remove(props.id)}>
        <FormattedMessage defaultMessage="Delete the unreadable identity" description="Identities: button that deletes a damaged identity" />
      </button>
    </li>
  );
}

const safeName = (name: string) => name.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'identity';
