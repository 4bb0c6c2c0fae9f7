/** Saves bytes as a file through the browser's own download, with no network involved. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * A file name safe on every OS, from a product name and a date. Letters and
 * digits of any script are kept ("Kestrel Łódź" → "Kestrel-Łódź-…", not
 * "Kestrel-odz"); everything else that a file system may refuse or read as a
 * path (/ \\ : * ? " < > |, controls, dots) is dropped.
 */
export function fileNameFor(productName: string, date: Date, extension: string): string {
  const base =
    Array.from(
      productName
        .normalize('NFC')
        .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
        .trim()
        .replace(/\s+/g, '-'),
    )
      .slice(0, 60)
      .join('') || 'assessment';
  return `${base}-${date.toISOString().slice(0, 10)}${extension}`;
}
