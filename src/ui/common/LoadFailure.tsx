import type { ReactNode } from 'react';
import { technicalDetail } from '../../db/storageErrors';
import { ProblemError } from '../../domain/problems';
import { problemText } from '../../words/problems';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { failureReason } from './storageMessages';
import { TechnicalDetails } from './TechnicalDetails';

/**
 * Something a page needs could not be loaded (a checklist version, the clause library): what,
 * why in the chosen language (a problem the app knows by its code, or a storage or loading
 * failure), and the browser's own words folded away in English.
 */
export function LoadFailure(props: { what: ReactNode; cause: unknown }) {
  return (
    <div role="alert" className="alert error">
      <p>{props.what}</p>
      <FailureReason cause={props.cause} />
    </div>
  );
}

/** Why it failed, in the chosen language, and the browser's own words folded away. */
export function FailureReason(props: { cause: unknown }) {
  const intl = useIntl();
  const { cause } = props;
  return (
    <>
      <p>
        {cause instanceof ProblemError ? (
          problemText(intl, cause.problem)
        ) : (
          <FormattedMessage
            defaultMessage="The reason: {problem}"
            description="Storage problem screen: what went wrong (a lower-case sentence follows)"
            values={{ problem: failureReason(cause, intl) }}
          />
        )}
      </p>
      {!(cause instanceof ProblemError) && <TechnicalDetails detail={technicalDetail(cause)} />}
    </>
  );
}
