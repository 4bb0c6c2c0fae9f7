import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../app/services';
import type { IdentityEntry } from '../../db';

/** The stored identities, oldest first, following changes live; undefined while loading. */
export function useIdentities(): IdentityEntry[] | undefined {
  const services = useServices();
  return useLiveQuery(() => services.identities.list(), [services]);
}
