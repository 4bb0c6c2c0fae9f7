import { useEffect, useState } from 'react';
import { useServices } from '../../app/services';
import type { ProcurementRepository } from '../../db/procurements';

/**
 * The procurement repository once its code has loaded. Resolved before any live query
 * runs, because a Dexie live query only follows reads made inside it, not an import.
 */
export function useProcurementRepo(): ProcurementRepository | null {
  const services = useServices();
  const [repo, setRepo] = useState<ProcurementRepository | null>(null);
  useEffect(() => {
    let live = true;
    void services.procurements().then((r) => live && setRepo(r));
    return () => {
      live = false;
    };
  }, [services]);
  return repo;
}
