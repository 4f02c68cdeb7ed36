import type { Corpus } from '../../src/pipeline/corpus.js';
import type { OptionValue } from './fakeDiscord/server.js';

/** Option types of slash commands (https://discord.com/developers/docs/interactions/application-commands). */
export const OptionType = { Subcommand: 1, SubcommandGroup: 2, String: 3, Integer: 4, Boolean: 5, Number: 10 } as const;

export interface OptionDef {
  name: string;
  type: number;
  required?: boolean;
  autocomplete?: boolean;
  choices?: { name: string; value: string | number }[];
  min_value?: number;
  max_value?: number;
  min_length?: number;
  max_length?: number;
}

export interface CommandDef {
  name: string;
  options?: OptionDef[];
}

export function optionsOf(def: CommandDef): OptionDef[] {
  return (def.options ?? []).filter((o) => o.type !== OptionType.Subcommand && o.type !== OptionType.SubcommandGroup);
}

/**
 * A plausible value for an option, taken from the corpus rather than from any story: a word of an
 * article title for text, an article's publication date for anything date-like, a mid-range number.
 * `wantDate` is judged from the option's name and description, as a user would read it.
 */
export function plausibleValue(option: OptionDef & { description?: string }, corpus: Corpus): OptionValue {
  if (option.choices?.length) return option.choices[0]!.value;
  switch (option.type) {
    case OptionType.Boolean:
      return false;
    case OptionType.Integer:
    case OptionType.Number: {
      const lo = option.min_value ?? 1;
      const hi = option.max_value ?? Math.max(lo, 10);
      return Math.min(hi, Math.max(lo, 3));
    }
    default: {
      const text = `${option.name} ${option.description ?? ''}`;
      if (/\bdate\b|YYYY|\bfrom\b|\bsince\b|\buntil\b|\bbefore\b|\bafter\b/i.test(text)) {
        return corpus.articles.map((a) => a.published).find((d): d is string => Boolean(d)) ?? '2020-01-01';
      }
      const words = corpus.articles.flatMap((a) => a.title.split(/\s+/)).filter((w) => /^\p{Lu}\p{Ll}{3,}$/u.test(w));
      return words[0] ?? 'news';
    }
  }
}

/** Values for the command's required options only (the least a user can send). */
export function requiredOptions(def: CommandDef, corpus: Corpus): Record<string, OptionValue> {
  return Object.fromEntries(
    optionsOf(def)
      .filter((o) => o.required)
      .map((o) => [o.name, plausibleValue(o, corpus)]),
  );
}
