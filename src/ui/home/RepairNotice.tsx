import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../app/services';
import { lazyPart } from '../common/lazyPart';

const RepairedList = lazyPart(() => import('./RepairedList').then((m) => m.RepairedList));

/**
 * Says which stored assessments this version repaired when it upgraded the database
 * (hidden direction controls and control characters removed, invisible-only text
 * emptied, links that were not web addresses kept as text). Each repair is also an
 * event in that assessment's trail; the notice stays until dismissed. Its words load
 * only when there is something to say.
 */
export function RepairNotice() {
  const services = useServices();
  const repaired = useLiveQuery(async () => (await services.settings.get()).repairNotice, [services]);
  if (!repaired || repaired.length === 0) return null;
  return <RepairedList repaired={repaired} onDismiss={() => void services.settings.set({ repairNotice: [] })} />;
}
