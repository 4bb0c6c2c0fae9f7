import { useId, type ReactNode } from 'react';
import { get, useController, type Control, type FieldErrors, type FieldPathByValue, type FieldValues, type Path, type UseFormRegister } from 'react-hook-form';
import { FieldError } from './FieldError';
import type { Option } from './labels';
import { FormattedMessage } from '../../i18n/react';

/**
 * Labelled form fields for react-hook-form. Each ties its error message to the
 * input with aria-describedby and aria-invalid, so the message is read out with
 * the field and a failed submit can move focus to it.
 */
interface BaseProps<T extends FieldValues> {
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
  name: Path<T>;
  label: string;
  hint?: string;
}

function useDescribed(errors: FieldErrors, name: string, hint: string | undefined) {
  const id = useId();
  const message = (get(errors, name) as { message?: string } | undefined)?.message;
  const describedBy = [hint ? `${id}-hint` : '', `${id}-error`].filter(Boolean).join(' ');
  return { id, message, describedBy };
}

function Extras(props: { id: string; hint: string | undefined; message: string | undefined }) {
  return (
    <>
      {props.hint && (
        <p id={`${props.id}-hint`} className="hint">
          {props.hint}
        </p>
      )}
      <FieldError id={`${props.id}-error`} message={props.message} />
    </>
  );
}

export function TextField<T extends FieldValues>(props: BaseProps<T> & { type?: 'text' | 'date'; autoComplete?: string }) {
  const { id, message, describedBy } = useDescribed(props.errors, props.name, props.hint);
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type={props.type ?? 'text'}
        autoComplete={props.autoComplete ?? 'off'}
        aria-invalid={!!message}
        aria-describedby={describedBy}
        {...props.register(props.name)}
      />
      <Extras id={id} hint={props.hint} message={message} />
    </div>
  );
}

export function TextAreaField<T extends FieldValues>(props: BaseProps<T> & { rows?: number }) {
  const { id, message, describedBy } = useDescribed(props.errors, props.name, props.hint);
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <textarea id={id} rows={props.rows ?? 3} aria-invalid={!!message} aria-describedby={describedBy} {...props.register(props.name)} />
      <Extras id={id} hint={props.hint} message={message} />
    </div>
  );
}

export function SelectField<T extends FieldValues>(props: BaseProps<T> & { options: readonly Option[] }) {
  const { id, message, describedBy } = useDescribed(props.errors, props.name, props.hint);
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} aria-invalid={!!message} aria-describedby={describedBy} {...props.register(props.name)}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Extras id={id} hint={props.hint} message={message} />
    </div>
  );
}

/** A set of checkboxes whose value is always a list of the checked options' values (never a lone string or false). */
export function CheckboxGroup<T extends FieldValues, O>(props: {
  control: Control<T, unknown, O>;
  name: FieldPathByValue<T, string[]>;
  legend: string;
  options: readonly Option[];
  hint?: ReactNode;
  empty?: string;
}) {
  const { field } = useController({ control: props.control, name: props.name });
  const id = useId();
  const value = (field.value ?? []) as string[];
  const toggle = (v: string, on: boolean) => field.onChange(on ? [...value, v] : value.filter((x) => x !== v));
  return (
    // A long list scrolls inside its box, so the rest of the form stays in reach.
    <fieldset className={props.options.length > 24 ? 'field checkbox-group long' : 'field checkbox-group'}>
      <legend>{props.legend}</legend>
      {props.hint && <p className="hint">{props.hint}</p>}
      {props.options.length === 0 ? (
        <p className="muted">{props.empty ?? <FormattedMessage defaultMessage="Nothing to choose from yet." description="A group of checkboxes with no options yet" />}</p>
      ) : (
        <div className="checkbox-columns">
          {props.options.map((o, i) => (
            <div className="choice" key={o.value}>
              <input
                type="checkbox"
                id={`${id}-${i}`}
                ref={i === 0 ? field.ref : undefined}
                checked={value.includes(o.value)}
                onChange={(e) => toggle(o.value, e.target.checked)}
                onBlur={field.onBlur}
              />
              <label htmlFor={`${id}-${i}`} lang={o.lang}>
                {o.label}
              </label>
            </div>
          ))}
        </div>
      )}
    </fieldset>
  );
}
