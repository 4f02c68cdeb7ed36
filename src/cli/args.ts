/** Command-line words -> command name, global flags and raw option values. */
export interface ParsedArgs {
  command: string | undefined;
  json: boolean;
  help: boolean;
  corpus: string | undefined;
  options: Record<string, string>;
  positional: string[];
}

export class UsageError extends Error {}

const camel = (flag: string) => flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

export function parseArgs(argv: string[]): ParsedArgs {
  const out: ParsedArgs = { command: undefined, json: false, help: false, corpus: undefined, options: {}, positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--') {
      out.positional.push(...argv.slice(i + 1));
      break;
    }
    if (word === '--json') out.json = true;
    else if (word === '--help' || word === '-h') out.help = true;
    else if (word.startsWith('--')) {
      const eq = word.indexOf('=');
      const flag = eq > 0 ? word.slice(2, eq) : word.slice(2);
      const value: string | undefined = eq > 0 ? word.slice(eq + 1) : argv[i + 1];
      if (eq < 0) {
        if (value === undefined || value.startsWith('--')) throw new UsageError(`--${flag} needs a value`);
        i++;
      }
      if (!/^[a-z][a-z-]*$/.test(flag)) throw new UsageError(`unknown option --${flag}`);
      if (flag === 'corpus') out.corpus = value;
      else out.options[camel(flag)] = value!;
    } else if (out.command === undefined) out.command = word;
    else out.positional.push(word);
  }
  return out;
}
