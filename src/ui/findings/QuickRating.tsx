import { useEffect, useId, useRef, useState } from 'react';
import { RATING_DIMENSIONS as DIMENSIONS, type RatingDimension as Dimension, type Severity } from '../../domain';
import type { ShownFinding } from './titles';
import { useIntl } from '../../i18n/react';
import { FormActions } from '../common/FormActions';
import { ANCHOR_MESSAGES, DIMENSION_MESSAGES, RATING_MESSAGES } from './words';
import { failureReason } from '../common/storageMessages';

type Level = 1 | 2 | 3 | 4;
export interface Rating {
  severity: Severity;
  likelihood: Level | null;
}


/**
 * The four ratings of one finding as four selects and a save button, inside the findings list: rating a
 * finding takes five controls, not the full editor's sixty. Each level keeps its plain-language anchor.
 * Saved only on "Save rating", like the editor, so a half-made judgement is never stored by a stray choice.
 */
export function QuickRating(props: {
  finding: ShownFinding;
  /** The id of the element showing the finding's title: a title in another language than the page's names the form by reference, keeping its `lang`. */
  titleId?: string;
  onSave: (rating: Rating) => Promise<void>;
  onCancel: () => void;
}) {
  const { finding } = props;
  const intl = useIntl();
  const id = useId();
  const first = useRef<HTMLSelectElement>(null);
  const [values, setValues] = useState<Record<Dimension, Level | null>>({ ...finding.severity, likelihood: finding.likelihood } as Record<Dimension, Level | null>);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => first.current?.focus(), []);
  const byReference = !!finding.titleLang && !!props.titleId;

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      await props.onSave({ severity: { scale: values.scale, scope: values.scope, irremediability: values.irremediability }, likelihood: values.likelihood });
    } catch (error) {
      setFailure(failureReason(error, intl));
      setBusy(false);
    }
  }

  return (
    <form
      className="quick-rating"
      onSubmit={save}
      // An aria-label cannot carry `lang`: a title in another language is named by reference instead.
      aria-labelledby={byReference ? `${id}-rate ${props.titleId}` : undefined}
      aria-label={byReference ? undefined : intl.formatMessage({ defaultMessage: 'Rate “{title}”', description: 'Findings table: spoken name of the button; title is the finding’s' }, { title: finding.title })}
      onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
    >
      {byReference && (
        <span id={`${id}-rate`} hidden>
          {intl.formatMessage({ defaultMessage: 'Rate', description: 'Findings table: button that opens the quick rating' })}
        </span>
      )}
      {DIMENSIONS.map((d, i) => (
        <div className="field" key={d}>
          <label htmlFor={`${id}-${d}`}>{intl.formatMessage(DIMENSION_MESSAGES[d])}</label>
          <select
            id={`${id}-${d}`}
            ref={i === 0 ? first : undefined}
            value={values[d] ?? ''}
            onChange={(e) => setValues({ ...values, [d]: e.target.value ? (Number(e.target.value) as Level) : null })}
          >
            <option value="">{intl.formatMessage(RATING_MESSAGES.notRated)}</option>
            {ANCHOR_MESSAGES[d].map((anchor, n) => (
              <option key={n} value={n + 1}>
                {intl.formatMessage(
                  { defaultMessage: '{level} — {anchor}', description: 'Quick rating of a finding: one choice of a 1–4 rating; level is the number, anchor its words' },
                  { level: n + 1, anchor: intl.formatMessage(anchor) },
                )}
              </option>
            ))}
          </select>
        </div>
      ))}
      <FormActions
        saveLabel={intl.formatMessage({ defaultMessage: 'Save rating', description: 'Quick rating of a finding: button that saves the four ratings' })}
        busy={busy} failure={failure} onCancel={props.onCancel} />
    </form>
  );
}
