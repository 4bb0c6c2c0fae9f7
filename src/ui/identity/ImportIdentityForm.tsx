import { useId, useRef, useState, type FormEvent } from 'react';
import { useServices } from '../../app/services';
import { importIdentityFile } from './identityActions';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { addIdentityErrorMessage } from './messages';
import { failureReason } from '../common/storageMessages';

/** The largest PKCS#12 file read: a certificate chain and a key are a few kB; anything near this is not one. */
const MAX_P12_BYTES = 1024 * 1024;

/** Import a .p12/.pfx with its passphrase. A failure says why, and stores nothing. */
export function ImportIdentityForm(props: { onAdded: (name: string) => void }) {
  const services = useServices();
  const id = useId();
  const intl = useIntl();
  const formRef = useRef<HTMLFormElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return setState({ busy: false, error: intl.formatMessage({ defaultMessage: 'Choose a PKCS#12 file (.p12 or .pfx) first.', description: 'Identities: import pressed with no file chosen' }) });
    if (file.size > MAX_P12_BYTES) return setState({ busy: false, error: intl.formatMessage(addIdentityErrorMessage('not-pkcs12')) });
    setState({ busy: true, error: null });
    try {
      const result = await importIdentityFile(services, new Uint8Array(await file.arrayBuffer()), passphrase);
      if (!result.ok) return setState({ busy: false, error: intl.formatMessage(addIdentityErrorMessage(result.error)) });
      setState({ busy: false, error: null });
      setPassphrase('');
      setFile(null);
      formRef.current?.reset();
      props.onAdded(result.identity.info.commonName || result.identity.info.subject);
    } catch (error) {
      const reason = failureReason(error, intl);
      setState({
        busy: false,
        error: intl.formatMessage(
          { defaultMessage: 'The identity could not be stored: {reason}', description: 'Identities: storing an imported identity failed; reason says why, as a lower-case sentence' },
          { reason },
        ),
      });
    }
  }

  return (
    <form ref={formRef} onSubmit={submit} aria-labelledby={`${id}-title`} className="panel">
      <h2 id={`${id}-title`}>
        <FormattedMessage defaultMessage="Import a PKCS#12 file" description="Identities: heading of the import form; PKCS#12 is a file format" />
      </h2>
      <p className="hint">
        <FormattedMessage
          defaultMessage="A .p12 or .pfx file from your certificate authority, or made with OpenSSL. Only the certificate and the key are kept; the file and its passphrase are not."
          description="Identities: what file to import and what is kept of it"
        />
      </p>
      <div className="field">
        <label htmlFor={`${id}-file`}>
          <FormattedMessage defaultMessage="PKCS#12 file (.p12 or .pfx)" description="Identities: file input for the identity file" />
        </label>
        <input id={`${id}-file`} type="file" accept=".p12,.pfx,application/x-pkcs12" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-pass`}>
          <FormattedMessage defaultMessage="Passphrase" description="Identities: the password that protects the PKCS#12 file" />
        </label>
        <input id={`${id}-pass`} type="password" autoComplete="off" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
      </div>
      <div className="button-row">
        <button type="submit" className="primary" disabled={state.busy} aria-busy={state.busy}>
          {state.busy ? (
            <FormattedMessage defaultMessage="Importing…" description="Identities: the import button while the file is read" />
          ) : (
            <FormattedMessage defaultMessage="Import identity" description="Identities: button that imports the PKCS#12 file" />
          )}
        </button>
      </div>
      {state.error && (
        <p role="alert" className="alert error">
          {state.error}
        </p>
      )}
    </form>
  );
}
