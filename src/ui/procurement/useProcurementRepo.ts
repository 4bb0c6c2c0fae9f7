import { useEffect, useState } from 'react';
import { useServices, type Services } from '../../app/services';
import type { ProcurementRepository } from '../../db/procurements';
import type { VendorResponseRepository } from '../../db/vendorResponses';

/**
 * A repository whose code loads on first use, once loaded. Resolved before any live
 * query runs, because a Dexie live query only follows reads made inside it, not an import.
 */
function useLazyRepo<R>(pick: (services: Services) => Promise<R>): R | null {
  const services = useServices();
  const [repo, setRepo] = useState<R | null>(null);
  useEffect(() => {
    let live = true;
    void pick(services).then((r) => live && setRepo(() => r));
    return () => {
      live = false;
    };
  }, [services, pick]);
  return repo;
}

const procurements = (s: Services) => s.procurements();
const vendorResponses = (s: Services) => s.vendorResponses();

export const useProcurementRepo = (): ProcurementRepository | null => useLazyRepo(procurements);
export const useVendorResponseRepo = (): VendorResponseRepository | null => useLazyRepo(vendorResponses);
