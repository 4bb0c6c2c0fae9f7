import { fileURLToPath } from 'node:url';

/** The checklists bundled with the package, found from this file rather than the working directory, so `hrba` works from anywhere. */
export const BUNDLED_CHECKLISTS = fileURLToPath(new URL('../../checklists/', import.meta.url));
