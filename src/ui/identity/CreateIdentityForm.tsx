import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { problemResolver } from '../common/problemResolver';
import { SelfSignedFormSchema, type SelfSignedForm } from '../../domain';
import { useServices } from '../../app/services';
import { TextField } from '../common/fields';
import { createIdentity } from './identityActions';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { addIdentityErrorMessage } from './messages';
import { failureReason } from '../common/storageMessages';

/** A new key pair and a self-signed certificate, made in this browser. */
export function CreateIdentityForm(props: { onAdded: (name: string) => void }) {
  const services = useServices();
  const id = useId();
  const intl = useIntl();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<SelfSignedForm>({
    resolver: problemResolver(SelfSignedFormSchema),
    defaultValues: { name: '', organisation: '', email: '', algorithm: 'ECDSA-P256' },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      const result = await createIdentity(services, values);
      if (!result.ok) return setError(intl.formatMessage(addIdentityErrorMessage(result.error)));
      form.reset();
      props.onAdded(result.identity.info.commonName);
    } catch (e) {
      setError(
        intl.formatMessage(
          { defaultMessage: 'The identity could not be created: {reason}', description: 'Identities: making a key failed; reason says why, as a lower-case sentence' },
          { reason: failureReason(e, intl) },
        ),
      );
    }
  });

  return (
    <form onSubmit={submit} aria-labelledby={`${id}-title`} className="panel" noValidate>
      <h2 id={`${id}-title`}>
        <FormattedMessage defaultMessage="Create a self-signed identity" description="Identities: heading of the form that makes a new key and certificate" />
      </h2>
      <p className="hint">
        <FormattedMessage
          defaultMessage="Nobody vouches for a self-signed certificate: the people who check your signatures decide to trust it, for example after comparing its fingerprint with you. Export the certificate to give it to them."
          description="Identities: what a self-signed certificate means"
        />
      </p>
      <TextField
        register={form.register}
        errors={errors}
        name="name"
        label={intl.formatMessage({ defaultMessage: 'Your name (required)', description: 'Identities: field for the name the certificate holds' })}
        autoComplete="name"
      />
      <TextField
        register={form.register}
        errors={errors}
        name="organisation"
        label={intl.formatMessage({ defaultMessage: 'Organisation', description: 'Identities: field for the organisation the certificate names' })}
        autoComplete="organization"
      />
      <TextField
        register={form.register}
        errors={errors}
        name="email"
        label={intl.formatMessage({ defaultMessage: 'Email', description: 'Identities: field for the email address the certificate holds' })}
        autoComplete="email"
      />
      <fieldset>
        <legend>
          <FormattedMessage defaultMessage="Key type" description="Identities: choice of the kind of key to make" />
        </legend>
        <label>
          <input type="radio" value="ECDSA-P256" {...form.register('algorithm')} />{' '}
          <FormattedMessage defaultMessage="ECDSA P-256 (small and fast)" description="Identities: a key type; ECDSA P-256 is its technical name, keep it" />
        </label>
        <label>
          <input type="radio" value="RSA-2048" {...form.register('algorithm')} />{' '}
          <FormattedMessage defaultMessage="RSA 2048 (read by older tools)" description="Identities: a key type; RSA 2048 is its technical name, keep it" />
        </label>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="primary" disabled={isSubmitting} aria-busy={isSubmitting}>
          {isSubmitting ? (
            <FormattedMessage defaultMessage="Creating the key…" description="Identities: the create button while the key is being made" />
          ) : (
            <FormattedMessage defaultMessage="Create identity" description="Identities: button that makes the key and certificate" />
          )}
        </button>
      </div>
      {error && (
        <p role="alert" className="alert error">
          {error}
        </p>
      )}
    </form>
  );
}
