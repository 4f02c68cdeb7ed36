import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Replays a Dockerfile's steps in temporary folders, for a machine without a
 * Docker engine: each stage gets a folder standing for its root, absolute
 * paths in WORKDIR, COPY and ENV are mapped into it, RUN runs with `sh -c`
 * in the mapped WORKDIR. What it cannot replay (a base image's contents,
 * USER, VOLUME) it records; a RUN naming an absolute path is refused, since
 * it would touch this machine instead of the stage.
 */
export interface Stage {
  name: string;
  root: string;
  workdir: string;
  env: Record<string, string>;
  user?: string;
  cmd?: string[];
  healthcheck?: string[];
}

function words(args: string): string[] {
  return args.trim().split(/\s+/).filter(Boolean);
}

function execForm(args: string): string[] {
  const json = args.replace(/^.*?\bCMD\s+/, '').trim();
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed) || !parsed.every((p) => typeof p === 'string')) throw new Error(`not an exec-form command: ${args}`);
  return parsed as string[];
}

/** Dockerfile lines: comments dropped, `\` continuations joined. */
export function instructions(text: string): { op: string; args: string }[] {
  const joined = text.replace(/\\\r?\n/g, ' ');
  return joined
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [op, ...rest] = l.split(/\s+/);
      return { op: op!.toUpperCase(), args: rest.join(' ') };
    });
}

function ignored(context: string): (src: string) => boolean {
  const file = path.join(context, '.dockerignore');
  const names = existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'))
    : [];
  return (src) => {
    const rel = path.relative(context, src);
    return !names.some((n) => rel === n || rel.startsWith(`${n}/`) || (n.startsWith('*') && rel.endsWith(n.slice(1))));
  };
}

export function replayDockerfile(context: string, scratch: string, options: { log?: (line: string) => void; env?: Record<string, string> } = {}): Stage[] {
  const log = options.log ?? (() => undefined);
  const stages: Stage[] = [];
  const keep = ignored(context);
  let stage: Stage | undefined;
  const inStage = (p: string) => path.join(stage!.root, p.startsWith('/') ? p : path.join(stage!.workdir, p));
  for (const { op, args } of instructions(readFileSync(path.join(context, 'Dockerfile'), 'utf8'))) {
    if (op === 'FROM') {
      const [, , name] = words(args);
      stage = { name: name ?? `stage-${stages.length}`, root: path.join(scratch, `stage-${stages.length}`), workdir: '/', env: {} };
      mkdirSync(stage.root, { recursive: true });
      stages.push(stage);
      continue;
    }
    if (!stage) throw new Error(`${op} before FROM`);
    switch (op) {
      case 'WORKDIR':
        stage.workdir = path.posix.resolve(stage.workdir, args.trim());
        mkdirSync(inStage(stage.workdir), { recursive: true });
        break;
      case 'ENV':
        for (const m of args.matchAll(/(\w+)=(\S+)/g)) stage.env[m[1]!] = m[2]!.startsWith('/') ? path.join(stage.root, m[2]!) : m[2]!;
        break;
      case 'COPY': {
        const parts = words(args);
        const from = parts.find((p) => p.startsWith('--from='))?.slice('--from='.length);
        const paths = parts.filter((p) => !p.startsWith('--'));
        const dest = paths.pop()!;
        const source = from ? stages.find((s) => s.name === from) : undefined;
        if (from && !source) throw new Error(`COPY --from=${from}: no such stage`);
        for (const src of paths) {
          const abs = source ? path.join(source.root, src) : path.join(context, src);
          const target =
            dest.endsWith('/') && !existsSync(abs) ? inStage(dest) : dest.endsWith('/') ? path.join(inStage(dest), path.basename(src)) : inStage(dest);
          cpSync(abs, target, { recursive: true, filter: source ? () => true : keep });
        }
        break;
      }
      case 'RUN':
        if (/(^|\s)\/(?!dev\/null)/.test(args)) throw new Error(`RUN names an absolute path, which a replay cannot map: ${args}`);
        log(`[${stage.name}] RUN ${args}`);
        execFileSync('sh', ['-c', args], {
          cwd: inStage(stage.workdir),
          env: { ...process.env, ...options.env, ...stage.env },
          stdio: 'pipe',
          maxBuffer: 64 * 1024 * 1024,
        });
        break;
      case 'USER':
        stage.user = args.trim();
        break;
      case 'CMD':
        stage.cmd = execForm(`CMD ${args}`);
        break;
      case 'HEALTHCHECK':
        stage.healthcheck = execForm(args);
        break;
      case 'VOLUME':
      case 'EXPOSE':
      case 'LABEL':
      case 'ARG':
        break;
      default:
        throw new Error(`the replay does not know ${op}`);
    }
  }
  return stages;
}
