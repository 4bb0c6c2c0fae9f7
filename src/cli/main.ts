import { lintChecklists } from './lint';

const USAGE = `Usage:
  hrba checklist lint <dir>     check a checklist directory (or a folder of them) against the format
  hrba help                     show this message`;

/** Exit codes: 0 success, 1 the input has problems, 2 the command was used wrongly. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'checklist' && rest[0] === 'lint' && rest[1]) {
    const { ok, lines } = await lintChecklists(rest[1]);
    (ok ? console.log : console.error)(lines.join('\n'));
    return ok ? 0 : 1;
  }
  if (command === 'help' || command === '--help' || command === undefined) {
    console.log(USAGE);
    return command === undefined ? 2 : 0;
  }
  console.error(`Unknown command: ${argv.join(' ')}\n\n${USAGE}`);
  return 2;
}
