import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../app/services';
import { CertificateDetails } from '../identity/CertificateDetails';
import { defineMessages } from '../../i18n/format';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { trustCertificates } from './trust';

const WORDS = defineMessages({
  added: {
    defaultMessage: 'Now trusting {count, plural, one {# certificate} other {# certificates}} from “{file}”.',
    description: 'Verify, trusted certificates: certificates read from a file were added; file is its name',
  },
  none: {
    defaultMessage: '“{file}” holds no certificate (expected a PEM or DER X.509 certificate).',
    description: 'Verify, trusted certificates: the chosen file holds no certificate; PEM, DER and X.509 are code words',
  },
  item: { defaultMessage: 'Trusted certificate {name}', description: 'Verify, trusted certificates: spoken name of one list entry' },
  stop: { defaultMessage: 'Stop trusting {name}', description: 'Verify, trusted certificates: button that removes a certificate from the list; name is its common name' },
  stopUnnamed: {
    defaultMessage: 'Stop trusting this certificate',
    description: 'Verify, trusted certificates: button that removes a certificate that names no one from the list',
  },
});

/** The certificates the person trusts: add one from a PEM file, or stop trusting it. */
export function TrustedCertificates() {
  const services = useServices();
  const id = useId();
  const intl = useIntl();
  const trusted = useLiveQuery(() => services.trust.list(), [services]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function add(file: File | undefined) {
    if (!file) return;
    const count = file.size > 1024 * 1024 ? 0 : await trustCertificates(services, new Uint8Array(await file.arrayBuffer()));
    setMessage(
      count > 0
        ? { ok: true, text: intl.formatMessage(WORDS.added, { count, file: file.name }) }
        : { ok: false, text: intl.formatMessage(WORDS.none, { file: file.name }) },
    );
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        <FormattedMessage defaultMessage="Certificates you trust" description="Verify: heading of the trusted certificates list" />
      </h2>
      <p className="hint">
        <FormattedMessage
          defaultMessage="A signature counts as trusted when its certificate, or the certificate that issued it, is in this list. Only add a certificate whose fingerprint you have checked with its owner."
          description="Verify: what the trusted certificates list does"
        />
      </p>
      {trusted === undefined ? null : trusted.length === 0 ? (
        <p>
          <FormattedMessage defaultMessage="You trust no certificate yet." description="Verify: the trusted certificates list is empty" />
        </p>
      ) : (
        <ul className="identity-list">
          {trusted.map((t) => (
            <li key={t.fingerprint} className="panel" aria-label={intl.formatMessage(WORDS.item, { name: t.info.commonName || t.info.subject })}>
              <CertificateDetails info={t.info} now={services.now()} />
              <button type="button" onClick={() => services.trust.remove(t.fingerprint)}>
                {t.info.commonName ? intl.formatMessage(WORDS.stop, { name: t.info.commonName }) : intl.formatMessage(WORDS.stopUnnamed)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor={`${id}-pem`}>
          <FormattedMessage defaultMessage="Trust a certificate from a file (.pem, .crt or .cer)" description="Verify: file input that adds trusted certificates" />
        </label>
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
