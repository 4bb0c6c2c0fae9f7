/**
 * Everything the CLI prints passes through here. A file's product name, `kind` or
 * keys reach the output in messages; printed raw, an ESC, BEL or backspace in them
 * could rewrite what the terminal shows ("valid: …" over an exit code of 1), and a
 * bidi override could reverse it. So C0 controls (except the line break between
 * lines), DEL, C1 controls and bidi controls are written as `\uXXXX`: readable, and
 * valid inside JSON strings, so `--json` output stays parseable.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
