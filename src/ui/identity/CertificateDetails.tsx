import type { CertificateInfo } from '../../domain';
import { formatDateTime } from '../common/dates';

/** Groups of four hex digits, so a fingerprint can be read aloud and compared by eye. */
export const groupedFingerprint = (hex: string) => hex.match(/.{1,4}/g)?.join(' ') ?? hex;

const ALGORITHM_WORDS: Record<string, string> = { 'ECDSA-P256': 'ECDSA P-256', other: 'another kind of key' };

/** Subject, issuer, validity and SHA-256 fingerprint: what anyone comparing certificates needs. */
export function CertificateDetails(props: { info: CertificateInfo; now?: Date }) {
  const { info } = props;
  const now = props.now ?? new Date();
  const state = now < new Date(info.notBefore) ? 'not valid yet' : now > new Date(info.notAfter) ? 'expired' : 'valid now';
  return (
    <dl className="certificate">
      <dt>Subject</dt>
      <dd>{info.subject}</dd>
      <dt>Issuer</dt>
      <dd>{info.selfSigned ? `${info.issuer} (self-signed)` : info.issuer}</dd>
      <dt>Valid</dt>
      <dd>
        from {formatDateTime(info.notBefore)} to {formatDateTime(info.notAfter)} ({state})
      </dd>
      <dt>SHA-256 fingerprint</dt>
      <dd>
        <code>{groupedFingerprint(info.sha256Fingerprint)}</code>
      </dd>
      <dt>Key</dt>
      <dd>{ALGORITHM_WORDS[info.algorithm] ?? info.algorithm}</dd>
    </dl>
  );
}
