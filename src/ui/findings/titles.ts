import { useCallback, useMemo } from 'react';
import type { Assessment, Finding } from '../../domain';
import { useIntl } from '../../i18n/react';
import { itemLanguage, type ChecklistInLanguage } from '../wizard/useChecklistLanguage';
import { GAP_TITLE_MESSAGE } from '../../words/findings';

/** A finding as a screen names it: its title in the language the checklist is read in, and that language where it is not the page's. */
export type ShownFinding = Finding & {
  /** The language of `title` when it differs from the page's (an item's text still in English); absent for the page's language or a person's own words. */
  titleLang?: string;
};

/**
 * Names item findings in the checklist's chosen language (display only: the domain, the reports and the
 * stored records keep the English source). A title a person wrote stays as written; an item whose
 * translation is missing or older than its English keeps the English title, marked `lang="en"`.
 */
export function useFindingTitles(assessment: Assessment, shown: ChecklistInLanguage): (finding: Finding) => ShownFinding {
  const intl = useIntl();
  const items = useMemo(() => new Map(shown.loaded.checklist.items.map((i) => [i.id, i])), [shown]);
  return useCallback(
    (finding: Finding): ShownFinding => {
      const own = finding.origin === 'custom' || !!assessment.findings[finding.key]?.title;
      if (own || !finding.itemId) return finding;
      const item = items.get(finding.itemId);
      if (!item || itemLanguage(shown, finding.itemId) === 'en') return intl.locale === 'en' ? finding : { ...finding, titleLang: 'en' };
      const title = item.gapTitle || intl.formatMessage(GAP_TITLE_MESSAGE, { question: item.question });
      return { ...finding, title, titleLang: shown.language === intl.locale ? undefined : shown.language };
    },
    [assessment.findings, items, shown, intl],
  );
}
