import type { Services } from '../../app/services';
import { loadCrypto } from '../identity/identityActions';

/** Marks each certificate in a PEM text (or DER bytes) as trusted; returns how many were read. */
export async function trustCertificates(services: Services, input: string | Uint8Array): Promise<number> {
  const crypto = await loadCrypto();
  let ders: Uint8Array[];
  try {
    ders = crypto.readCertificates(input);
  } catch {
    return 0;
  }
  let added = 0;
  for (const der of ders) {
    let info;
    try {
      info = await crypto.certificateInfo(der);
    } catch {
      continue;
    }
    await services.trust.add({ fingerprint: info.sha256Fingerprint, pem: crypto.pemOf(der), info, addedAt: services.now().toISOString() });
    added += 1;
  }
  return added;
}
