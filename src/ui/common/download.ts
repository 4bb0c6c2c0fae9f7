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

/** A file name safe on every OS, from a product name and a date. */
export function fileNameFor(productName: string, date: Date, extension: string): string {
  const base =
    productName
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .slice(0, 60) || 'assessment';
  return `${base}-${date.toISOString().slice(0, 10)}${extension}`;
}
