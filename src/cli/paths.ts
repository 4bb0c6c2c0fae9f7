import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The checklists bundled with the package, found from this file rather than the working directory, so `hrba` works from anywhere. */
export const BUNDLED_CHECKLISTS = fileURLToPath(new URL('../../checklists/', import.meta.url));

/** This package's version, as the `generator` of the files the CLI writes. */
export const PACKAGE_VERSION = (JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as { version: string }).version;
