import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useLocation } from 'wouter';
import type { Assessment } from '../../domain';
import { useServices } from '../../app/services';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { failureReason } from '../common/storageMessages';

/** The newest revision that continues this one; `null` when none, `undefined` while it is read. */
export function useSuccessor(id: string) {
  const services = useServices();
  return useLiveQuery(
    () =>
      services.assessments.lines().then((lines) =>
        lines.flatMap((l) => (l.state === 'ok' && l.summary.parentId === id ? [l.summary] : [])).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0] ?? null,
      ),
    [services, id],
  );
}

/**
 * A locked revision opens read-only. Changing it means starting revision n+1: a
 * new assessment that begins as a copy, continues this one's trail and names it
 * (id, number, hash) as its parent. When that revision exists, it is offered instead,
 * so one locked revision does not grow two successors by accident.
 */
export function LockedRevisionBanner(props: { assessment: Assessment; by: string }) {
  const { assessment } = props;
  const services = useServices();
  const intl = useIntl();
  const [, navigate] = useLocation();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const successor = useSuccessor(assessment.id);
  const n = assessment.revision.number;
  const lockedAt = assessment.revision.lockedAt!;

  async function start() {
    setState({ busy: true, error: null });
    try {
      const next = await services.assessments.startRevision(assessment.id, services.newId(), props.by);
      navigate(`/a/${next.id}`);
    } catch (error) {
      setState({
        busy: false,
        error: intl.formatMessage(
          { defaultMessage: 'Revision {revision} was not started: {problem}', description: 'Locked revision banner: starting the next revision failed' },
          { revision: n + 1, problem: failureReason(error, intl) },
        ),
      });
    }
  }

  return (
    <section role="status" aria-label={intl.formatMessage({ defaultMessage: 'Locked revision', description: 'Accessible name of the locked revision banner' })} className="alert warning">
      <p>
        <FormattedMessage
          defaultMessage="<b>Revision {revision} is locked</b> (since {when}) and cannot change: it stays exactly as it was locked, so a signature over it stays valid. You can read and export it."
          description="Locked revision banner: a signed revision is read-only"
          values={{ revision: n, when: <time dateTime={lockedAt}>{intl.formatDateTime(lockedAt)}</time>, b: (text) => <strong>{text}</strong> }}
        />
      </p>
      {successor ? (
        <p>
          <FormattedMessage
            defaultMessage="<link>Open revision {revision}</link>, which continues this one."
            description="Locked revision banner: the next revision exists"
            values={{ revision: successor.revision, link: (text) => <Link href={`/a/${successor.id}`}>{text}</Link> }}
          />
        </p>
      ) : (
        <>
          <p>
            <FormattedMessage
              defaultMessage="To make changes, start revision {revision}: it begins as a copy of this one and names it as its parent."
              description="Locked revision banner: how to change a locked revision"
              values={{ revision: n + 1 }}
            />
          </p>
          <button type="button" className="primary" onClick={start} disabled={state.busy || successor === undefined}>
            <FormattedMessage defaultMessage="Start revision {revision}" description="Locked revision banner: button that starts the next revision" values={{ revision: n + 1 }} />
          </button>
        </>
      )}
      {state.error && (
        <p role="alert" className="alert error">
          {state.error}
        </p>
      )}
    </section>
  );
}
