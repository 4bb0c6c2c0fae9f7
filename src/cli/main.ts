import { parseArgs } from 'node:util';
import type { Io } from './commands';
import { terminalSafe } from './terminal';
import type { Locale } from '../i18n/locales';

// Each command's code (zod schemas, the report renderer, crypto) is imported only when that command
// runs: loading all of it first cost `hrba help` most of its start-up time. Help and version load
// nothing but this module and node:util (a unit test watches what they resolve), so their time is
// Node's own start-up plus a few milliseconds.

export const USAGE = `Usage:
  hrba validate <file.hrba.json> [--date YYYY-MM-DD] [--json]
      check an assessment file: its format, every field, and that its checklist is
      one this package bundles, with the same content
  hrba report <file.hrba.json> -o <report.pdf> [--html <report.html>] [--lang en|fr|es|ar] [--date YYYY-MM-DD] [--json]
      write the full report as PDF (-o, --output) and/or accessible HTML (--html)
  hrba hash <file.hrba.json>
      print the SHA-256 of the canonical JSON (RFC 8785) of the file's "assessment", as
      the file holds it: the value a report prints for the .hrba.json exported with it
  hrba upgrade <file.hrba.json> -o <out.hrba.json> [--to <version>] [--by <name>] [--json]
      move an assessment to a newer bundled checklist version (default: the newest), as the
      app's upgrade does: prints what changes item by item, keeps answers whose meaning is
      unchanged, lists the items to answer again, and records the upgrade in the trail
  hrba backup list <backup.hrba-backup.json> [--passphrase-file <file>]
      list the assessments in a backup made with "Back up everything"
  hrba backup extract <backup> <assessment-id | --all> -o <dir> [--passphrase-file <file>]
      write assessments from a backup as <id>.hrba.json files into <dir>
  hrba sign <file.hrba.json> --p12 <id.p12> --passphrase-file <file> -o <signed.hrba.json> [--pdf <signed.pdf>] [--lang en|fr|es|ar] [--date YYYY-MM-DD]
      sign a revision with the identity in a PKCS#12 file, locking it first if it is not
      (a revision.lock event appended to the trail; the input file is left as it is): the
      package gets a detached JWS, the report (--pdf) a PAdES signature; the time is this
      computer's clock
  hrba verify <file.pdf|file.hrba.json> [--trust cert.pem]...
      check the signatures of a signed report or package: exit 0 only when every
      signature is intact and its signer is trusted (a --trust certificate, or one
      issued by it); 1 says whether it is invalid or untrusted
  hrba checklist lint <dir>
      check a checklist directory (or a folder of them) against the format
  hrba help
      show this message
  hrba version
      print this package's version

  --lang   the language of the report: en (English, the default), fr (Français), es (Español) or ar (العربية);
           the checklist is quoted from its translation where that is up to date
  --date   report as of this day (default: today); decides which actions are overdue
  --json   print one JSON object on stdout ({ ok, file, problems | summary }) for scripts and CI

Exit codes: 0 success, 1 the input has problems, 2 the command was used wrongly.`;

const consoleIo: Io = { out: (line) => console.log(line), err: (line) => console.error(line) };

class UsageError extends Error {}

/** Exit codes: 0 success, 1 the input has problems, 2 the command was used wrongly. */
export async function main(argv: string[], rawIo: Io = consoleIo): Promise<number> {
  // Every line, whatever its source (file names, file content, messages), is made terminal-safe here.
  const io: Io = { out: (line) => rawIo.out(terminalSafe(line)), err: (line) => rawIo.err(terminalSafe(line)) };
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'validate': {
        const { file, date, help, json } = parse(rest, false);
        if (help) return usage(io);
        return await (await import('./commands')).validateCommand(file, date, io, json ? 'json' : 'text');
      }
      case 'report': {
        const { file, date, help, output, html, json, lang } = parse(rest, true);
        if (help) return usage(io);
        if (!output && !html) throw new UsageError('say where to write the report: -o report.pdf and/or --html report.html');
        const locale = await parseLang(lang);
        return await (await import('./commands')).reportCommand(file, { pdf: output, html }, date, io, json ? 'json' : 'text', locale);
      }
      case 'hash': {
        if (rest[0] === '--help' || rest[0] === '-h') return usage(io);
        if (rest.length !== 1 || rest[0]!.startsWith('-')) throw new UsageError('expected: hrba hash <file.hrba.json>');
        return (await import('./hash')).hashCommand(rest[0]!, io);
      }
      case 'upgrade': {
        const parsed = await parseUpgrade(rest);
        if (parsed === 'help') return usage(io);
        return await (await import('./upgrade')).upgradeCommand(parsed.file, parsed.options, io);
      }
      case 'backup':
        return await backupCommand(rest, io);
      case 'sign': {
        const parsed = parseSign(rest);
        if (parsed === 'help') return usage(io);
        const locale = await parseLang(parsed.lang);
        return await (await import('./sign')).signCommand(parsed.file, { ...parsed.targets, locale }, io);
      }
      case 'verify': {
        const { file, trust, help } = parseVerify(rest);
        if (help) return usage(io);
        return await (await import('./verify')).verifyCommand(file, trust, io);
      }
      case 'checklist': {
        if (rest[0] !== 'lint' || !rest[1] || rest.length > 2) throw new UsageError('expected: hrba checklist lint <dir>');
        const { ok, lines } = await (await import('./lint')).lintChecklists(rest[1]);
        (ok ? io.out : io.err)(lines.join('\n'));
        return ok ? 0 : 1;
      }
      case 'version':
      case '--version':
      case '-v':
        io.out(`hrba ${(await import('./paths')).PACKAGE_VERSION}`);
        return 0;
      case 'help':
      case '--help':
      case '-h':
        return usage(io);
      case undefined:
        io.err(USAGE);
        return 2;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (!(error instanceof UsageError)) {
      // A bug, not bad input: still one line and an exit code, never a stack trace in a CI log.
      io.err(`hrba: internal error: ${(error as Error).message ?? String(error)}`);
      return 1;
    }
    io.err(`hrba: ${error.message}\n\n${USAGE}`);
    return 2;
  }
}

async function backupCommand(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'list' && sub !== 'extract') throw new UsageError('expected: hrba backup list <file> or hrba backup extract <file> <id|--all> -o <dir>');
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: { 'passphrase-file': { type: 'string' }, output: { type: 'string', short: 'o' }, all: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values: v, positionals } = parsed;
  if (v.help) return usage(io);
  const passphraseFile = v['passphrase-file'];
  if (sub === 'list') {
    if (positionals.length !== 1 || v.output || v.all) throw new UsageError('expected: hrba backup list <file> [--passphrase-file <file>]');
    return (await import('./backup')).backupListCommand(positionals[0]!, passphraseFile, io);
  }
  const [file, id, ...extra] = positionals;
  if (!file || extra.length > 0 || (id === undefined) === !v.all) throw new UsageError('expected: hrba backup extract <file> <assessment-id | --all> -o <dir>');
  if (!v.output) throw new UsageError('say where to write the files: -o <dir>');
  return (await import('./backup')).backupExtractCommand(file, id ?? { all: true }, v.output, passphraseFile, io);
}

function usage(io: Io): number {
  io.out(USAGE);
  return 0;
}

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/** Strict parsing with one positional file; a parse error is a usage error. `file` is '' when --help was asked for. */
function parseOne(args: string[], options: Options, noFile: string): { file: string; values: Record<string, string | string[] | boolean | undefined> } {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, options: { ...options, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { file: '', values };
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? noFile : `expected one file, got ${positionals.length}`);
  return { file: positionals[0]!, values };
}

function parse(args: string[], report: boolean) {
  const { file, values } = parseOne(
    args,
    {
      date: { type: 'string' },
      json: { type: 'boolean' },
      ...(report ? { output: { type: 'string' as const, short: 'o' }, html: { type: 'string' as const }, lang: { type: 'string' as const } } : {}),
    },
    'name the .hrba.json file',
  );
  const v = values as { date?: string; output?: string; html?: string; json?: boolean; lang?: string };
  if (!file) return { file: '', date: new Date(), help: true, json: false };
  return { file, date: parseDate(v.date), help: false, output: v.output, html: v.html, json: v.json === true, lang: v.lang };
}

function parseSign(args: string[]) {
  const { file, values } = parseOne(
    args,
    { p12: { type: 'string' }, 'passphrase-file': { type: 'string' }, output: { type: 'string', short: 'o' }, pdf: { type: 'string' }, date: { type: 'string' }, lang: { type: 'string' } },
    'name the .hrba.json file to sign',
  );
  if (!file) return 'help' as const;
  const v = values as { p12?: string; 'passphrase-file'?: string; output?: string; pdf?: string; date?: string; lang?: string };
  if (!v.p12 || !v['passphrase-file']) throw new UsageError('say who signs: --p12 id.p12 --passphrase-file passphrase.txt');
  if (!v.output) throw new UsageError('say where to write the signed package: -o signed.hrba.json');
  return { file, lang: v.lang, targets: { p12: v.p12, passphraseFile: v['passphrase-file'], output: v.output, pdf: v.pdf, reportDate: parseDate(v.date) } };
}

async function parseUpgrade(args: string[]) {
  const { file, values } = parseOne(
    args,
    { output: { type: 'string', short: 'o' }, to: { type: 'string' }, by: { type: 'string' }, json: { type: 'boolean' } },
    'name the .hrba.json file to upgrade',
  );
  if (!file) return 'help' as const;
  const v = values as { output?: string; to?: string; by?: string; json?: boolean };
  if (!v.output) throw new UsageError('say where to write the upgraded file: -o upgraded.hrba.json');
  if (v.to !== undefined && !/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(v.to)) throw new UsageError(`--to expects a version such as 1.1.0, got "${v.to}"`);
  // The name goes into the trail, which the file carries: the same rules as any typed text.
  if (v.by !== undefined) {
    // Loaded here, so help and version start without the domain or the catalogue words.
    const [{ userTextProblem }, { englishProblemText }] = await Promise.all([import('../domain/text/userText'), import('../words/problems')]);
    const byProblem = v.by.length > 200 ? ({ code: 'text-too-long', values: { max: 200 } } as const) : userTextProblem(v.by);
    if (byProblem) throw new UsageError(`--by: ${englishProblemText(byProblem)}`);
  }
  return { file, options: { output: v.output, to: v.to, by: v.by, format: v.json ? ('json' as const) : ('text' as const) } };
}

function parseVerify(args: string[]): { file: string; trust: string[]; help: boolean } {
  const { file, values } = parseOne(args, { trust: { type: 'string', multiple: true } }, 'name the signed .pdf or .hrba.json file');
  return { file, trust: (values.trust as string[] | undefined) ?? [], help: !file };
}

/**
 * `--lang`: one of the languages the reports are made in (English when not given). Checked before
 * anything is read or written; the list of languages is loaded only when the option is given,
 * so help and version load nothing more.
 */
async function parseLang(value: string | undefined): Promise<Locale> {
  if (value === undefined) return 'en';
  const { LOCALE_CODES, LOCALES, isLocale } = await import('../i18n/locales');
  if (isLocale(value)) return value;
  const known = LOCALE_CODES.map((code) => `${code} (${LOCALES[code].name})`);
  throw new UsageError(`--lang: "${value}" is not a language the reports are made in; use ${known.slice(0, -1).join(', ')} or ${known.at(-1)}`);
}

function parseDate(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const date = new Date(`${value}T00:00:00.000Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`--date expects a day as YYYY-MM-DD, got "${value}"`);
  }
  return date;
}
