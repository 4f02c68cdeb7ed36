import { parseArgs, type ParseArgsConfig } from 'node:util';

/** `--help`/`-h`, which every terminal tool takes. */
export const HELP = { help: { type: 'boolean', short: 'h' } } as const;

/**
 * A terminal tool's options read from its words by `parse`, or the exit code
 * once the usage has been printed: 0 when `parse` says help was asked for,
 * 2 after a refused word (its message above the usage, on stderr).
 */
export function optionsOrExit<T>(parse: (argv: string[]) => T | 'help', usage: string, argv = process.argv.slice(2)): { options: T } | { exit: number } {
  try {
    const options = parse(argv);
    if (options !== 'help') return { options };
    process.stdout.write(`${usage}\n`);
    return { exit: 0 };
  } catch (err) {
    process.stderr.write(`error: ${(err as Error).message}\n\n${usage}\n`);
    return { exit: 2 };
  }
}

/**
 * The words of a terminal tool (`ingest`, `story`, `backup`) read with
 * node's parseArgs: the values, or the exit code once the usage has been
 * printed (0 when `--help` asked for it, 2 after an error).
 */
export function commandLine<const O extends NonNullable<ParseArgsConfig['options']> & typeof HELP>(argv: string[], options: O, usage: string) {
  const read = optionsOrExit(
    (args) => {
      const parsed = parseArgs({ args, allowPositionals: true, options });
      return (parsed.values as { help?: boolean }).help ? 'help' : parsed;
    },
    usage,
    argv,
  );
  return 'exit' in read ? read.exit : read.options;
}
