import { useId } from 'react';
import { useController, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';
import type { MessageDescriptor } from '../../i18n/format';
import { useIntl } from '../../i18n/react';

type Level = 1 | 2 | 3 | 4;
const LEVELS: readonly Level[] = [1, 2, 3, 4];

/** A 1–4 rating as four radio buttons, each with its plain-language anchor, so a rating never stands alone as a number. */
export function LevelRadios<T extends FieldValues, O>(props: {
  control: Control<T, unknown, O>;
  name: FieldPathByValue<T, number | null>;
  legend: string;
  /** Each level's words, from the catalogue (see ANCHOR_MESSAGES). */
  anchors: readonly MessageDescriptor[];
}) {
  const intl = useIntl();
  const { field } = useController({ control: props.control, name: props.name });
  const id = useId();
  return (
    <fieldset className="field level-radios">
      <legend>{props.legend}</legend>
      {LEVELS.map((n, i) => (
        <div className="choice" key={n}>
          <input
            type="radio"
            id={`${id}-${n}`}
            name={`${id}-level`}
            ref={i === 0 ? field.ref : undefined}
            checked={field.value === n}
            onChange={() => field.onChange(n)}
            onBlur={field.onBlur}
          />
          <label htmlFor={`${id}-${n}`}>
            <span className="level-number">{intl.formatNumber(n)}</span> {intl.formatMessage(props.anchors[i]!)}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
