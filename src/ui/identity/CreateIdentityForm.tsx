import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { SelfSignedFormSchema, type SelfSignedForm } from '../../domain';
import { useServices } from '../../app/services';
import { TextField } from '../common/fields';
import { createIdentity } from './identityActions';
import { addIdentityErrorText } from './messages';

/** A new key pair and a self-signed certificate, made in this browser. */
export function CreateIdentityForm(props: { onAdded: (name: string) => void }) {
  const services = useServices();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<SelfSignedForm>({
    resolver: zodResolver(SelfSignedFormSchema),
    defaultValues: { name: '', organisation: '', email: '', algorithm: 'ECDSA-P256' },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      const result = await createIdentity(services, values);
      if (!result.ok) return setError(addIdentityErrorText(result.error));
      form.reset();
      props.onAdded(result.identity.info.commonName);
    } catch (e) {
      setError(`The identity could not be created: ${(e as Error).message}`);
    }
  });

  return (
    <form onSubmit={submit} aria-labelledby={`${id}-title`} className="panel" noValidate>
      <h2 id={`${id}-title`}>Create a self-signed identity</h2>
      <p className="hint">
        Nobody vouches for a self-signed certificate: the people who check your signatures decide to trust it, for example after
        comparing its fingerprint with you. Export the certificate to give it to them.
      </p>
      <TextField register={form.register} errors={errors} name="name" label="Your name (required)" autoComplete="name" />
      <TextField register={form.register} errors={errors} name="organisation" label="Organisation" autoComplete="organization" />
      <TextField register={form.register} errors={errors} name="email" label="Email" autoComplete="email" />
      <fieldset>
        <legend>Key type</legend>
        <label>
          <input type="radio" value="ECDSA-P256" {...form.register('algorithm')} /> ECDSA P-256 (small and fast)
        </label>
        <label>
          <input type="radio" value="RSA-2048" {...form.register('algorithm')} /> RSA 2048 (read by older tools)
        </label>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="primary" disabled={isSubmitting} aria-busy={isSubmitting}>
          {isSubmitting ? 'Creating the key…' : 'Create identity'}
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
