/**
 * What the browser says about the space this app's data lives in
 * (navigator.storage, the Storage API). Browsers without it get nulls, never errors.
 */
export interface StorageState {
  /** true: the browser promised not to clear this data on its own; null: it cannot say. */
  persisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
}

const storageManager = (): StorageManager | undefined => (typeof navigator !== 'undefined' ? navigator.storage : undefined);

let request: Promise<boolean | null> | null = null;

/**
 * Asks the browser once per page to keep this app's data even when space runs low.
 * Called once there is something worth keeping (an assessment was saved), not on
 * first paint: some browsers ask the person, and a question with nothing behind it
 * is one they will refuse. Chromium answers by itself from how the site is used.
 */
export function requestPersistence(): Promise<boolean | null> {
  if (!request) {
    const storage = storageManager();
    request = !storage?.persist
      ? Promise.resolve(null)
      : storage.persisted().then((already) => already || storage.persist()).catch(() => null);
  }
  return request;
}

export async function readStorageState(): Promise<StorageState> {
  const storage = storageManager();
  const [persisted, estimate] = await Promise.all([
    storage?.persisted ? storage.persisted().catch(() => null) : null,
    storage?.estimate ? storage.estimate().catch(() => null) : null,
  ]);
  return { persisted, usageBytes: estimate?.usage ?? null, quotaBytes: estimate?.quota ?? null };
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/**
 * "999 bytes", "12 kB", "3.4 MB", "10 GB" (decimal units, as file managers show them), in the given
 * language's words and digits ("10 Go" in French): Intl names the unit.
 */
export function formatBytes(bytes: number, locale = 'en-GB'): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || Number(value.toFixed(1)) >= 10 ? 0 : 1;
  // Bytes by their long name: CLDR's short English name does not take a plural ("999 byte").
  const unitDisplay = unit === 0 ? 'long' : 'short';
  const format = new Intl.NumberFormat(locale, { style: 'unit', unit: BYTE_UNITS[unit], unitDisplay, minimumFractionDigits: digits, maximumFractionDigits: digits });
  return format.format(Number(value.toFixed(digits)));
}
