import type { StoredIdentity } from '../../domain';
import { useIntl } from '../../i18n/react';

/** "Sign … with": one of this person's signing identities, or none. Used wherever a procurement file is exported. */
export function SignerSelect(props: { id: string; label: string; identities: readonly StoredIdentity[]; value: string; onChange: (id: string) => void }) {
  const intl = useIntl();
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">{intl.formatMessage({ defaultMessage: 'Do not sign', description: 'Procurement: signer choice when exporting a file: no signature' })}</option>
        {props.identities.map((i) => (
          <option key={i.id} value={i.id}>
            {i.info.commonName || i.info.subject}
          </option>
        ))}
      </select>
    </div>
  );
}
