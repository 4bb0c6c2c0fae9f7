import { isWebAddress } from '../../domain';

/**
 * An evidence address as a real link whose text is the address itself, so a person
 * sees exactly where it leads. Only http(s) addresses become links (the schema stores
 * nothing else; this is the second lock). It opens in a new tab, so the assessment
 * stays open, and `noopener noreferrer` keeps the site from reaching back into this page
 * or learning where the reader came from.
 */
export function EvidenceLink({ url }: { url: string }) {
  const address = url.trim();
  if (!isWebAddress(address)) return null;
  return (
    <a href={address} target="_blank" rel="noopener noreferrer" className="evidence-link">
      {address}
    </a>
  );
}
