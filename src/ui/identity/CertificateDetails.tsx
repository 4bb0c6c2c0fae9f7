import type { CertificateInfo } from '../../domain';
import { defineMessages } from '../../i18n/format';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { useDates } from '../common/dates';

/** Groups of four hex digits, so a fingerprint can be read aloud and compared by eye. */
export const groupedFingerprint = (hex: string) => hex.match(/.{1,4}/g)?.join(' ') ?? hex;

const STATE = defineMessages({
  early: { defaultMessage: 'not valid yet', description: 'Certificate details: the validity period has not started (in brackets after the dates)' },
  expired: { defaultMessage: 'expired', description: 'Certificate details: the validity period has ended (in brackets after the dates)' },
  valid: { defaultMessage: 'valid now', description: 'Certificate details: today is inside the validity period (in brackets after the dates)' },
});

const KEY = defineMessages({
  other: { defaultMessage: 'another kind of key', description: 'Certificate details: the key is neither RSA nor ECDSA P-256' },
});

/** Subject, issuer, validity and SHA-256 fingerprint: what anyone comparing certificates needs. */
export function CertificateDetails(props: { info: CertificateInfo; now?: Date }) {
  const { info } = props;
  const intl = useIntl();
  const dates = useDates();
  const now = props.now ?? new Date();
  const state = now < new Date(info.notBefore) ? STATE.early : now > new Date(info.notAfter) ? STATE.expired : STATE.valid;
  const algorithm = info.algorithm === 'ECDSA-P256' ? 'ECDSA P-256' : info.algorithm === 'other' ? intl.formatMessage(KEY.other) : info.algorithm;
  return (
    <dl className="certificate">
      <dt>
        <FormattedMessage defaultMessage="Subject" description="Certificate details: whom the certificate names (X.509 subject)" />
      </dt>
      <dd>
        <bdi>{info.subject}</bdi>
      </dd>
      <dt>
        <FormattedMessage defaultMessage="Issuer" description="Certificate details: who issued the certificate (X.509 issuer)" />
      </dt>
      <dd>
        {info.selfSigned ? (
          <FormattedMessage
            defaultMessage="{issuer} (self-signed)"
            description="Certificate details: the issuer is the subject itself"
            values={{ issuer: <bdi>{info.issuer}</bdi> }}
          />
        ) : (
          <bdi>{info.issuer}</bdi>
        )}
      </dd>
      <dt>
        <FormattedMessage defaultMessage="Valid" description="Certificate details: heading of the validity period" />
      </dt>
      <dd>
        <FormattedMessage
          defaultMessage="from {start} to {end} ({state})"
          description="Certificate details: validity period; start and end are dates and times in UTC, state is e.g. “valid now”"
          values={{
            start: dates.dateTime(info.notBefore),
            end: dates.dateTime(info.notAfter),
            state: intl.formatMessage(state),
          }}
        />
      </dd>
      <dt>
        <FormattedMessage defaultMessage="SHA-256 fingerprint" description="Certificate details: the certificate's SHA-256 fingerprint (hex digits)" />
      </dt>
      <dd>
        <code dir="ltr">{groupedFingerprint(info.sha256Fingerprint)}</code>
      </dd>
      <dt>
        <FormattedMessage defaultMessage="Key" description="Certificate details: the kind of key, e.g. RSA-2048" />
      </dt>
      <dd>{algorithm}</dd>
    </dl>
  );
}
