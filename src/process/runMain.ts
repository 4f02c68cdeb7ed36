/**
 * Runs a command-line entry point: its number becomes the exit code, and an
 * unexpected error is one line on stderr (the stack only with DEBUG set).
 * `exitOnFailure` ends the process at once on failure, for entry points whose
 * open handles (a ShardingManager) would otherwise keep it alive.
 */
export function runMain(main: () => Promise<number>, options: { exitOnFailure?: boolean } = {}): void {
  const finish = (code: number) => {
    if (options.exitOnFailure && code !== 0) process.exit(code);
    process.exitCode = code;
  };
  main().then(finish, (err: unknown) => {
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    if (process.env.DEBUG) console.error(err);
    finish(1);
  });
}
