import './procurement.css';
import { useMemo } from 'react';
import { Link, useLocation } from 'wouter';
import { newRequestDraft, type RequestInput } from '../../domain/procurement';
import { useServices } from '../../app/services';
import { useLoadedChecklist } from './useLoadedChecklist';
import { RequestBuilder } from './RequestBuilder';
import { FormattedMessage } from '../../i18n/react';
import { LoadFailure } from '../common/LoadFailure';

/**
 * `#/procurement/new`: a request drafted from the newest checklist. The items that
 * apply with no profile answered come pre-selected, and their red-flag items as
 * deal-breakers; nothing is stored until the buyer saves or exports.
 */
export default function NewProcurementPage() {
  const services = useServices();
  const [, navigate] = useLocation();
  const loaded = useLoadedChecklist(undefined, true);
  const state = useMemo((): { loaded: NonNullable<typeof loaded>; base: RequestInput | null } | null => {
    if (!loaded || 'error' in loaded) return loaded && { loaded, base: null };
    return { loaded, base: newRequestDraft({ id: services.newId(), at: services.now().toISOString(), checklist: loaded.checklist, ref: loaded.ref, profile: {} }) };
  }, [loaded, services]);
  return (
    <>
      <p>
        <Link href="/">
          <FormattedMessage defaultMessage="Back to the home page" description="Procurement screens: link to the home page" />
        </Link>
      </p>
      {state === null ? (
        <p role="status">
          <FormattedMessage defaultMessage="Loading the checklist…" description="New procurement: while the checklist loads" />
        </p>
      ) : 'error' in state.loaded || !state.base ? (
        <LoadFailure
          what={<FormattedMessage defaultMessage="The checklist could not be loaded." description="New procurement: the checklist failed to load (the reason follows)" />}
          cause={'error' in state.loaded ? state.loaded.error : null}
        />
      ) : (
        <RequestBuilder loaded={state.loaded} base={state.base} onSaved={(id) => navigate(`/procurement/${id}`)} />
      )}
    </>
  );
}
