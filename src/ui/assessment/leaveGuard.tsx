import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { failureReason } from '../common/storageMessages';

/**
 * A form on screen whose edits are not saved by autosave (the product step, the
 * profile, an evidence row still being filled in). Before the person moves on by
 * any route (a section tab, a step, Next), `save` is tried; when it cannot save
 * (a required answer is missing), the person is told why and chooses.
 */
export interface PendingForm {
  isDirty: () => boolean;
  /** Stores the form's edits; returns why it could not, or null once saved. */
  save: () => Promise<string | null>;
}

interface LeaveGuard {
  register: (form: PendingForm) => () => void;
  /** Saves every dirty form, then runs `proceed`; asks first when one cannot be saved. */
  guard: (proceed: () => void) => void;
  dirty: () => boolean;
}

const LeaveGuardContext = createContext<LeaveGuard | null>(null);

export function useLeaveGuardHost() {
  const intl = useIntl();
  // Read when a save fails: the guard itself is made once.
  const words = useRef(intl);
  words.current = intl;
  const forms = useRef(new Set<PendingForm>());
  const [asking, setAsking] = useState<{ reason: string; proceed: () => void } | null>(null);

  const register = useCallback((form: PendingForm) => {
    forms.current.add(form);
    return () => void forms.current.delete(form);
  }, []);
  const dirty = useCallback(() => [...forms.current].some((f) => f.isDirty()), []);
  const guard = useCallback((proceed: () => void) => {
    void (async () => {
      for (const form of forms.current) {
        if (!form.isDirty()) continue;
        const reason = await form
          .save()
          .catch((error: unknown) => failureReason(error, words.current));
        if (reason) {
          setAsking({ reason, proceed });
          return;
        }
      }
      proceed();
    })();
  }, []);

  const dialog = (
    <ConfirmDialog
      open={asking !== null}
      title={intl.formatMessage({ defaultMessage: 'This step is not saved yet', description: 'Leaving a step that cannot be saved: dialog title' })}
      confirmLabel={intl.formatMessage({ defaultMessage: 'Leave without saving it', description: 'Leaving a step that cannot be saved: leave anyway' })}
      cancelLabel={intl.formatMessage({ defaultMessage: 'Stay and finish', description: 'Leaving a step that cannot be saved: stay' })}
      danger
      onConfirm={() => {
        const proceed = asking?.proceed;
        setAsking(null);
        proceed?.();
      }}
      onCancel={() => setAsking(null)}
    >
      <p>
        <FormattedMessage defaultMessage="Not saved: {reason}" description="Leaving a step that cannot be saved: why (a lower-case reason follows)" values={{ reason: asking?.reason ?? '' }} />
      </p>
      <p>
        <FormattedMessage defaultMessage="Stay to finish it, or leave and lose what is not saved." description="Leaving a step that cannot be saved: the choice" />
      </p>
    </ConfirmDialog>
  );
  const value = useRef<LeaveGuard>({ register, guard, dirty }).current;
  return { value, dialog, guard, dirty, Provider: LeaveGuardContext.Provider };
}

const NO_GUARD: LeaveGuard = { register: () => () => undefined, guard: (proceed) => proceed(), dirty: () => false };

export function useLeaveGuard(): LeaveGuard {
  return useContext(LeaveGuardContext) ?? NO_GUARD;
}

/** Registers a form with the enclosing assessment's leave guard while it is mounted. */
export function useGuardedForm(form: PendingForm) {
  const { register } = useLeaveGuard();
  const latest = useRef(form);
  latest.current = form;
  useEffect(() => register({ isDirty: () => latest.current.isDirty(), save: () => latest.current.save() }), [register]);
}
