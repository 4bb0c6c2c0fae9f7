import type { ReactNode } from 'react';
import type { LoadedChecklist } from '../../app/checklistCatalog';
import { isLocale } from '../../i18n/locales';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { LANGUAGE_MESSAGES } from '../wizard/checklistWords';
import { useChecklistLanguage, type ChecklistInLanguage } from '../wizard/useChecklistLanguage';

/**
 * The checklist's questions in the chosen language, for showing only (the request, the
 * answers and every hash stay on the English source and key on item ids), with the same
 * note as the assessment: a translation nobody has reviewed yet says so.
 */
export function ChecklistLanguageNote(props: { loaded: LoadedChecklist; children: (shown: ChecklistInLanguage) => ReactNode }) {
  const shown = useChecklistLanguage(props.loaded);
  return (
    <>
      <UnreviewedTranslationNote shown={shown} />
      {props.children(shown)}
    </>
  );
}

/** The note itself, for a screen that already has the checklist in its language (an assessment's sections). */
export function UnreviewedTranslationNote({ shown }: { shown: ChecklistInLanguage }) {
  const intl = useIntl();
  return (
    <>
      {shown.review?.status === 'not-reviewed' && (
        <p className="alert" role="note">
          <FormattedMessage
            defaultMessage="The checklist’s questions are shown in {language}: <b>translation not yet reviewed</b>. The English text is the reference; the sources are cited in their original language."
            description="Assessment: the checklist content is a translation nobody has reviewed yet (the language’s name follows “in”)"
            values={{ language: isLocale(shown.language) ? intl.formatMessage(LANGUAGE_MESSAGES[shown.language]) : shown.language, b: (text) => <strong>{text}</strong> }}
          />
        </p>
      )}
    </>
  );
}
