import { declaredOptions, describeOption, type DeclaredOption } from '../answers/options.js';
import { ANSWERS, type AnswerSpec } from '../answers/registry.js';

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

export const camel = (flag: string) => flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * `switches`: the flags that take no value (`--explain`), read as 'true'; every other flag takes the
 * next word, or its `=value`.
 */
export function parseArgs(argv: string[], switches: ReadonlySet<string> = switchFlags(ANSWERS)): ParsedArgs {
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
      const isSwitch = eq < 0 && switches.has(flag);
      const value: string | undefined = eq > 0 ? word.slice(eq + 1) : isSwitch ? 'true' : argv[i + 1];
      if (eq < 0 && !isSwitch) {
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

/** The flags of the answers' switches (`explain`), which take no value. */
export function switchFlags(specs: readonly AnswerSpec[]): Set<string> {
  return new Set(
    specs.flatMap((s) =>
      declaredOptions(s.options)
        .filter((o) => o.type === 'switch')
        .map((o) => flagOf(o.name).slice(2)),
    ),
  );
}

/** An option as the command line writes it: `--limit N`, or a switch's flag alone (`--explain`). */
export const flagWords = (o: Pick<DeclaredOption, 'name' | 'value'>) => (o.value ? `${flagOf(o.name)} ${o.value}` : flagOf(o.name));

/** The flag of an option: `limit` -> `--limit`, `fromDate` -> `--from-date` (parseArgs reads it back into the option's name). */
export const flagOf = (option: string) => `--${option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** The flags on every command, whatever the answer (how the answer is shown, where the articles are), with `common` (every answer's own, such as --limit N) after --json. */
export function everyCommandFlags(common: readonly string[] = []): string {
  return ['--json', ...common, '--story NAME [--server ID] (a story; npm run story -- list)', '--corpus DIR'].join(', ');
}

/** The options every answer declares (`--limit N`), as help lists them once for all. */
export function commonFlags(specs: readonly AnswerSpec[]): string[] {
  const [first, ...rest] = specs.map((s) => declaredOptions(s.options));
  return (first ?? []).filter((o) => rest.every((options) => options.some((p) => p.name === o.name && p.value === o.value))).map(flagWords);
}

/** The line of the command list in `npm run ask -- help`: its description, and the flags of its own. */
export function commandSummary(spec: AnswerSpec, common: readonly string[]): string {
  const own = declaredOptions(spec.options)
    .filter((o) => !common.includes(flagWords(o)))
    .map((o) => flagOf(o.name));
  return own.length ? `${spec.description.replace(/\.$/, '')} (${own.join(', ')}).` : spec.description;
}

/** The option as `<command> --help` explains it: its description, then what the command line must know. */
function optionHelp(o: DeclaredOption): string {
  const notes = [
    ...(o.required ? ['required'] : []),
    ...(o.type === 'string' && !o.format && o.maxLength !== undefined ? [`at most ${o.maxLength} characters`] : []),
    ...(o.positional ? ['or the words after the command'] : []),
  ];
  return `${describeOption(o)}${notes.length ? ` [${notes.join('; ')}]` : ''}`;
}

/** `npm run ask -- <command> --help`: the command's synopsis, what it answers, and each of its options, all from its declaration. */
export function answerUsage(spec: AnswerSpec): string {
  const options = declaredOptions(spec.options);
  const word = (o: DeclaredOption) => (o.positional ? o.name.toUpperCase() : flagWords(o));
  const synopsis = options.map((o) => (o.required ? word(o) : `[${word(o)}]`));
  const rows = options.map((o) => [flagWords(o), optionHelp(o)] as const);
  const width = Math.max(0, ...rows.map(([flag]) => flag.length));
  const positional = options.find((o) => o.positional);
  return [
    `usage: npm run ask -- ${[spec.name, ...synopsis].join(' ')} [--json]`,
    '',
    spec.description,
    ...(rows.length ? ['', 'options:', ...rows.map(([flag, help]) => `  ${flag.padEnd(width)}  ${help}`)] : []),
    ...(positional ? ['', `${positional.name.toUpperCase()}: the words after the command, as --${positional.name} takes them (quote them or not).`] : []),
    '',
    `on every command: ${everyCommandFlags()}`,
  ].join('\n');
}

export type AnswerOptionsResult = { ok: true; raw: Record<string, unknown> } | { ok: false; message: string };

/**
 * The raw option values of an answer from the command line: each flag one of
 * the answer's declared options, bare words the positional one's value.
 * Values are checked afterwards by the answer's schema, as Discord's are.
 */
export function answerOptionsFromArgs(spec: AnswerSpec, options: Record<string, string>, positional: string[]): AnswerOptionsResult {
  const declared = declaredOptions(spec.options);
  const unknown = Object.keys(options).filter((name) => !declared.some((o) => o.name === name));
  if (unknown.length) {
    const flags = declared.map((o) => flagOf(o.name)).join(', ');
    return {
      ok: false,
      message: `unknown option${unknown.length > 1 ? 's' : ''} ${unknown.map(flagOf).join(', ')} for ${spec.name}; ${flags ? `it takes ${flags}` : 'it takes none'} (npm run ask -- ${spec.name} --help)`,
    };
  }
  const raw: Record<string, unknown> = { ...options };
  if (positional.length) {
    const target = declared.find((o) => o.positional);
    if (!target) return { ok: false, message: `${spec.name} takes no words, only options (got "${positional.join(' ')}")` };
    raw[target.name] = positional.join(' ');
  }
  return { ok: true, raw };
}
