import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'hrba-tech';

/**
 * This package's root, found by walking up from this module: the CLI runs both from source
 * (src/cli, under tsx in tests) and compiled (dist-cli, a bundle at another depth), and either way
 * it must find its own checklists rather than whatever the working directory holds.
 */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === PACKAGE_NAME) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the ${PACKAGE_NAME} package around ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

const ROOT = packageRoot();

/** The checklists bundled with the package, so `hrba` works from any directory. */
export const BUNDLED_CHECKLISTS = join(ROOT, 'checklists') + '/';

/** This package's version, as the `generator` of the files the CLI writes. */
export const PACKAGE_VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
