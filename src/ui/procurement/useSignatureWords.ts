import { useEffect, useState } from 'react';
import { useServices } from '../../app/services';
import type { ResponseRow } from '../../db/procurementRows';
import { loadCrypto } from '../identity/identityActions';

/**
 * What each stored response's signature says, checked again on the package as the vendor
 * signed it (kept verbatim) against the certificates trusted now: who signed, whether the
 * signature matches, whether the signer is trusted.
 */
export function useSignatureWords(rows: readonly ResponseRow[] | undefined): Map<string, string> {
  const services = useServices();
  const [words, setWords] = useState(new Map<string, string>());
  useEffect(() => {
    if (!rows?.length) return;
    let live = true;
    void (async () => {
      const [crypto, trusted] = await Promise.all([loadCrypto(), services.trust.list()]);
      const out = new Map<string, string>();
      for (const row of rows) {
        const result = await crypto.verifyPackage(row.manifestText, { trusted: trusted.map((t) => t.pem) });
        if (result.reasons.includes('not-signed')) out.set(row.id, 'Not signed');
        else if (!result.valid) out.set(row.id, 'Signature does not match');
        else {
          const who = result.signer ? result.signer.commonName || result.signer.subject : 'an unnamed signer';
          out.set(row.id, `Verified: signed by ${who}${result.trusted ? ', a signer you trust' : ' (not among the certificates you trust)'}`);
        }
      }
      if (live) setWords(out);
    })();
    return () => {
      live = false;
    };
  }, [rows, services]);
  return words;
}
