import { readFileSync, statSync } from 'node:fs';
import { hrbaFileSizeProblem, inspectPackage } from '../domain';
import type { Io } from './commands';
import { englishProblemText } from '../words/problems';

/**
 * `hrba hash <file.hrba.json>`: the SHA-256 of the canonical JSON (RFC 8785) of the
 * file's "assessment", exactly as the file holds it (read with JSON.parse only, no
 * defaults added), printed the way sha256sum prints a hash. A report prints the
 * same value for the .hrba.json exported with it, and tells the reader to run this.
 */
export function hashCommand(path: string, io: Io): number {
  let text: string;
  try {
    if (!statSync(path).isFile()) {
      io.err(`${path}: is not a regular file`);
      return 1;
    }
    const tooBig = hrbaFileSizeProblem(statSync(path).size);
    if (tooBig) {
      io.err(`${path}: ${englishProblemText(tooBig)}`);
      return 1;
    }
    text = readFileSync(path, 'utf8');
  } catch (error) {
    io.err(`${path}: cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return 1;
  }
  const hash = inspectPackage(text)?.assessmentHash;
  if (!hash) {
    io.err(`${path}: is not a .hrba.json file with an "assessment" object`);
    return 1;
  }
  io.out(`${hash.replace(/^sha256:/, '')}  ${path}`);
  return 0;
}
