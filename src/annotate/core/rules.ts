/**
 * The rules of the extractors. Each rule is a small named unit, a parser that finds or a refiner that
 * corrects or drops, and carries the reason it exists, so that a later `--explain` can say which rules
 * produced (or removed) a result. Every extractor keeps a registry of its rules' names.
 */

export interface Rule {
  /** Kebab-case, unique within its extractor ("units-ago", "negated-verb"). */
  readonly name: string;
  /** One sentence: what the rule does, and why. */
  readonly reason: string;
}

/** The rules of one extractor, by name, in the order its configuration runs them. */
export class RuleRegistry {
  private readonly byName = new Map<string, Rule>();

  constructor(
    readonly extractor: string,
    rules: Iterable<Rule>,
  ) {
    for (const rule of rules) {
      if (this.byName.has(rule.name)) throw new Error(`${extractor}: two rules are named "${rule.name}"`);
      this.byName.set(rule.name, rule);
    }
  }

  /** Every rule's name, in order. */
  names(): string[] {
    return [...this.byName.keys()];
  }

  /** The rule of that name, or undefined. */
  get(name: string): Rule | undefined {
    return this.byName.get(name);
  }

  /** Every rule, in order. */
  all(): Rule[] {
    return [...this.byName.values()];
  }
}

/** The first rule of `rules` whose test holds, or undefined: refiners that drop are asked in order. */
export function firstMatching<R extends Rule, A extends unknown[]>(rules: readonly R[], test: (rule: R, ...args: A) => boolean, ...args: A): R | undefined {
  return rules.find((rule) => test(rule, ...args));
}

/**
 * What `--explain` reads: the names of the rules that made or changed an annotation, in the order they
 * ran. Only names are kept (cheap to record, small in a snapshot); the words are rendered when asked.
 */
export interface RuleTrail {
  rules?: string[];
}

/** Records on `target` that the rule named `name` made or changed it (once). */
export function noteRule(target: RuleTrail, name: string): void {
  const rules = (target.rules ??= []);
  if (!rules.includes(name)) rules.push(name);
}
