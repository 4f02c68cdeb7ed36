import path from 'node:path';

/** The options of `npm run bench:build-memory` (buildMemory.ts): only the bench's build row, run several times. */
export const BUILD_MEMORY_USAGE = `usage: npm run bench:build-memory -- [--size 100000] [--runs 5] [--against CHECKOUT] [--no-profile] [--seed N]
Builds a generated corpus of about --size passages --runs times in fresh processes, as the bench's build row does,
and prints each build's peak RSS; with --against, alternates with the code of CHECKOUT (a worktree of this repository).`;

export interface BuildMemoryOptions {
  size: number;
  runs: number;
  against: string | null;
  profile: boolean;
  seed: number;
}

export function parseBuildMemoryArgs(argv: string[]): BuildMemoryOptions | 'help' {
  const opts: BuildMemoryOptions = { size: 100_000, runs: 5, against: null, profile: true, seed: 20200124 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    const number = (min: number) => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < min) throw new Error(`${flag} must be a whole number of at least ${min}`);
      i++;
      return n;
    };
    if (flag === '--size') opts.size = number(20);
    else if (flag === '--runs') opts.runs = number(1);
    else if (flag === '--seed') opts.seed = number(0);
    else if (flag === '--no-profile') opts.profile = false;
    else if (flag === '--against' && value) opts.against = path.resolve(argv[++i]!);
    else if (flag === '--help' || flag === '-h') return 'help';
    else throw new Error(`unknown option ${flag}`);
  }
  return opts;
}
