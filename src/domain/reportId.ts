import { sha256Hex } from './canonical';

/**
 * "R-1A2B-3C4D-5E6F": the first 48 bits of SHA-256 over the hash of what is reported and
 * the report date, the same bytes the PDF's file id starts with. Every report (the full
 * report, the decision report) is named this way, so a printed page traces to its report.
 */
export async function reportIdFor(contentHash: string, generatedAt: string): Promise<string> {
  const hex = (await sha256Hex(`${contentHash} ${generatedAt}`)).slice(0, 12).toUpperCase();
  return `R-${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`;
}
