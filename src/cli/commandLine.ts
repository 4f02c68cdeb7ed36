import { parseArgs, type ParseArgsConfig } from 'node:util';

/** `--help`/`-h`, which every terminal tool takes. */
export const HELP = { help: { type: 'boolean', short: 'h' } } as const;

/**
 * The words of a terminal tool (`ingest`, `story`, `backup`) read with
 * node's parseArgs: the values, or the exit code once the usage has been
 * printed (0 when `--help` asked for it, 2 after an error).
 */
export function commandLine<const O extends NonNullable<ParseArgsConfig['options']> & typeof HELP>(argv: string[], options: O, usage: string) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options });
  } catch (err) {
    process.stderr.write(`error: ${(err as Error).message}\n\n${usage}\n`);
    return 2;
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  return parsed;
}
