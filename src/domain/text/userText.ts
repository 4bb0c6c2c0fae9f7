import { z } from 'zod';
import { detail, problemIssue, type MissingWhat, type ProblemDetail } from '../problems';

/**
 * Text a person typed (or a file claims they typed) is shown in the app, printed in
 * reports and hashed. These rules make sure what is shown is what is stored:
 * - Bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) can
 *   make "fdp.exe" display as "exe.pdf"; they are refused, with a message. Left-to-right
 *   and right-to-left marks (U+200E, U+200F, U+061C) only nudge neutral characters and
 *   are needed to write mixed-direction text correctly, so they stay.
 * - Text made only of invisible characters (zero-width spaces, joiners, soft hyphens,
 *   marks) is refused: a name nobody can see is not a name.
 * - C0 controls other than tab and line breaks, DEL and C1 controls have no place in
 *   text and would drive a terminal: refused.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
// The combining grapheme joiner and Hangul fillers combine with a neighbour, so they are alternatives, not class members.
const INVISIBLE_ONLY = /^(?:[\s\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202F\u205F-\u2064\u3000\u3164\uFEFF\uFFA0]|\u034F|\u17B4|\u17B5|\u115F|\u1160)+$/u;

const hex = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why a piece of user text cannot be stored as is, or null when it can. */
export function userTextProblem(text: string): ProblemDetail | null {
  const bidi = BIDI_CONTROL.exec(text);
  if (bidi) return detail('text-direction-control', { char: hex(bidi[0]) });
  const control = CONTROL.exec(text);
  if (control) return detail('text-control-character', { char: hex(control[0]) });
  if (INVISIBLE_ONLY.test(text)) return detail('text-invisible-only');
  return null;
}

/** True when there is nothing a reader could see: empty, white space or invisible characters only. */
export function isBlankText(text: string): boolean {
  return text.length === 0 || INVISIBLE_ONLY.test(text);
}

/** Free text of at most `max` characters, checked by the rules above. */
export function userText(max: number) {
  return z
    .string()
    .max(max)
    .superRefine((text, ctx) => {
      const problem = text === '' ? null : userTextProblem(text);
      if (problem) ctx.addIssue(problemIssue(problem));
    });
}

/** A required text (a name, a label): must contain something visible. */
export function requiredUserText(max: number, what: MissingWhat) {
  return z
    .string()
    .trim()
    .max(max)
    .superRefine((text, ctx) => {
      if (isBlankText(text)) {
        ctx.addIssue(problemIssue(text === '' ? detail('missing', { what }) : detail('text-invisible-only')));
        return;
      }
      const problem = userTextProblem(text);
      if (problem) ctx.addIssue(problemIssue(problem));
    });
}

/** An optional single-line text that is trimmed (version, organisation, owner…). */
export function trimmedUserText(max: number) {
  return z.string().trim().max(max).pipe(userText(max));
}
