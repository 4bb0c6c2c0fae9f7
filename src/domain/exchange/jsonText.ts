import { problem, type Problem } from '../problems';
import { utf8ByteLength } from './decode';
import { hrbaFileSizeProblem, HRBA_FILE_MAX_BYTES } from './hrbaFile';
import { jsonShapeProblem } from './jsonShape';

/**
 * The first steps every `.hrba.json` package goes through, whatever its kind: size in
 * bytes, the JSON structure scan, then syntax, and a JSON object at the top.
 */
export type JsonObjectRead = { ok: true; record: Record<string, unknown> } | { ok: false; problem: Problem };

/** `kind` is the kind of file expected (hrba.assessment, hrba.request, …), named in the problem. */
export function readJsonObject(text: string, kind: string): JsonObjectRead {
  // A string never has more characters than UTF-8 bytes, so the cheap test goes first.
  const tooBig = hrbaFileSizeProblem(text.length > HRBA_FILE_MAX_BYTES ? text.length : utf8ByteLength(text));
  if (tooBig) return { ok: false, problem: tooBig };
  // "Unexpected end of JSON input" would not say what is wrong with an empty file.
  if (/^\uFEFF?\s*$/.test(text)) return { ok: false, problem: problem('', 'file-empty', { kind }) };
  const shape = jsonShapeProblem(text);
  if (shape) return { ok: false, problem: shape };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problem: problem('', 'file-not-json', { detail: oneLine((error as Error).message) }) };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, problem: problem('', 'file-not-object', { kind }) };
  return { ok: true, record: data as Record<string, unknown> };
}

/**
 * The JSON engine's message quotes part of the input, which may hold line breaks: a
 * problem is one line (the CLI prints one per line), so they are shown as escapes.
 */
export function oneLine(message: string): string {
  return message.replace(/\r\n|[\r\n\u2028\u2029]/g, (m) => (m === '\u2028' ? '\\u2028' : m === '\u2029' ? '\\u2029' : m === '\r' ? '\\r' : '\\n'));
}
