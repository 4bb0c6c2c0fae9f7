import { useEffect, useId, useRef, useState } from 'react';
import { SEVERITY_ANCHORS, type Finding, type Severity } from '../../domain';
import { FormActions } from '../common/FormActions';

type Level = 1 | 2 | 3 | 4;
export interface Rating {
  severity: Severity;
  likelihood: Level | null;
}

const DIMENSIONS = [
  { key: 'scale', label: 'Scale: how grave is the harm?', anchors: SEVERITY_ANCHORS.scale },
  { key: 'scope', label: 'Scope: how many people does it reach?', anchors: SEVERITY_ANCHORS.scope },
  { key: 'irremediability', label: 'Irremediability: how hard is it to put right?', anchors: SEVERITY_ANCHORS.irremediability },
  { key: 'likelihood', label: 'Likelihood: how likely is the harm?', anchors: SEVERITY_ANCHORS.likelihood },
] as const;
type Dimension = (typeof DIMENSIONS)[number]['key'];

/**
 * The four ratings of one finding as four selects and a save button, inside the findings list: rating a
 * finding takes five controls, not the full editor's sixty. Each level keeps its plain-language anchor.
 * Saved only on "Save rating", like the editor, so a half-made judgement is never stored by a stray choice.
 */
export function QuickRating(props: { finding: Finding; onSave: (rating: Rating) => Promise<void>; onCancel: () => void }) {
  const { finding } = props;
  const id = useId();
  const first = useRef<HTMLSelectElement>(null);
  const [values, setValues] = useState<Record<Dimension, Level | null>>({ ...finding.severity, likelihood: finding.likelihood } as Record<Dimension, Level | null>);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => first.current?.focus(), []);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      await props.onSave({ severity: { scale: values.scale, scope: values.scope, irremediability: values.irremediability }, likelihood: values.likelihood });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      setBusy(false);
    }
  }

  return (
    <form className="quick-rating" onSubmit={save} aria-label={`Rate “${finding.title}”`} onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}>
      {DIMENSIONS.map((d, i) => (
        <div className="field" key={d.key}>
          <label htmlFor={`${id}-${d.key}`}>{d.label}</label>
          <select
            id={`${id}-${d.key}`}
            ref={i === 0 ? first : undefined}
            value={values[d.key] ?? ''}
            onChange={(e) => setValues({ ...values, [d.key]: e.target.value ? (Number(e.target.value) as Level) : null })}
          >
            <option value="">Not rated</option>
            {d.anchors.map((anchor, n) => (
              <option key={anchor} value={n + 1}>
                {n + 1} — {anchor}
              </option>
            ))}
          </select>
        </div>
      ))}
      <FormActions saveLabel="Save rating" busy={busy} failure={failure} onCancel={props.onCancel} />
    </form>
  );
}
