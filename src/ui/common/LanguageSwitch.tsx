import { useId, useState } from 'react';
import { switchLanguage } from '../../i18n/language';
import { isLocale, LOCALE_CODES, localeLabel } from '../../i18n/locales';
import { useIntl } from '../../i18n/react';

/**
 * The language switch in the header of every page. Each language is named in itself (with
 * "partial" in its own words while screens remain in English only), so a person who cannot
 * read the current language still finds theirs.
 */
export function LanguageSwitch() {
  const intl = useIntl();
  const id = useId();
  const [failed, setFailed] = useState(false);
  return (
    <span className="language-switch">
      <label htmlFor={id}>{intl.formatMessage({ defaultMessage: 'Language', description: 'Header: label of the language switch' })}</label>{' '}
      <select
        id={id}
        value={intl.locale}
        onChange={(event) => {
          const next = event.target.value;
          if (!isLocale(next)) return;
          setFailed(false);
          switchLanguage(next, true).catch(() => setFailed(true));
        }}
      >
        {LOCALE_CODES.map((code) => (
          <option key={code} value={code} lang={code}>
            {localeLabel(code)}
          </option>
        ))}
      </select>
      {failed && (
        <span role="alert">
          {intl.formatMessage({ defaultMessage: 'That language could not be loaded. Reload the page and try again.', description: 'Header: the chosen language’s messages failed to load' })}
        </span>
      )}
    </span>
  );
}
