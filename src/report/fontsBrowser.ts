import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import type { ReportFonts } from './fonts';

let pending: Promise<ReportFonts> | null = null;

/**
 * Fetches the report fonts from the app's own origin (Vite emits them as files,
 * so the CSP's 'self' allows them), once per page; a failed fetch is retried on
 * the next export.
 */
export function loadReportFonts(): Promise<ReportFonts> {
  if (!pending) {
    pending = Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)]).then(([regular, bold]) => ({ regular, bold }));
    pending.catch(() => {
      pending = null;
    });
  }
  return pending;
}

async function fetchFont(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load the report font (${url}): HTTP ${response.status}`);
  return response.arrayBuffer();
}
