import { useEffect, useMemo, useState } from 'react';
import { useServices } from '../../app/services';
import type { ResponseRow } from '../../db/procurementRows';
import { useIntl } from '../../i18n/react';
import { loadCrypto } from '../identity/identityActions';
import { isolate } from './codeMessages';
import { SIGNATURE_MESSAGES } from '../../words/procurement';

type Verdict = { kind: 'unsigned' } | { kind: 'invalid' } | { kind: 'valid'; who: string | null; trusted: boolean };

/**
 * What each stored response's signature says, checked again on the package as the vendor
 * signed it (kept verbatim) against the certificates trusted now: who signed, whether the
 * signature matches, whether the signer is trusted. In the chosen language.
 */
export function useSignatureWords(rows: readonly ResponseRow[] | undefined): Map<string, string> {
  const services = useServices();
  const intl = useIntl();
  const [verdicts, setVerdicts] = useState(new Map<string, Verdict>());
  useEffect(() => {
    if (!rows?.length) return;
    let live = true;
    void (async () => {
      const [crypto, trusted] = await Promise.all([loadCrypto(), services.trust.list()]);
      const out = new Map<string, Verdict>();
      for (const row of rows) {
        const result = await crypto.verifyPackage(row.manifestText, { trusted: trusted.map((t) => t.pem) });
        if (result.reasons.includes('not-signed')) out.set(row.id, { kind: 'unsigned' });
        else if (!result.valid) out.set(row.id, { kind: 'invalid' });
        else out.set(row.id, { kind: 'valid', who: result.signer ? result.signer.commonName || result.signer.subject : null, trusted: result.trusted });
      }
      if (live) setVerdicts(out);
    })();
    return () => {
      live = false;
    };
  }, [rows, services]);
  return useMemo(() => {
    const words = new Map<string, string>();
    for (const [id, v] of verdicts) {
      if (v.kind === 'unsigned') words.set(id, intl.formatMessage(SIGNATURE_MESSAGES.unsigned));
      else if (v.kind === 'invalid') words.set(id, intl.formatMessage(SIGNATURE_MESSAGES.invalid));
      else {
        words.set(
          id,
          intl.formatMessage(
            {
              defaultMessage:
                '{named, select, yes {Verified: signed by {who}} other {Verified: signed by an unnamed signer}}{trusted, select, yes {, a signer you trust} other { (not among the certificates you trust)}}',
              description: 'Imported responses, Signature column: the signature matches; named=no when the certificate gives no name; trusted=yes when the signer is among the certificates the buyer trusts',
            },
            { named: v.who ? 'yes' : 'no', who: isolate(intl, v.who ?? ''), trusted: v.trusted ? 'yes' : 'no' },
          ),
        );
      }
    }
    return words;
  }, [verdicts, intl]);
}
