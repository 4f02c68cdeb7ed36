/**
 * Application command registration checked against Discord's documented constraints
 * (discord-api-docs developers/interactions/application-commands.mdx), with errors in Discord's
 * "Invalid Form Body" shape (developers/reference.mdx "Error Messages"):
 *
 *   { "code": 50035, "message": "Invalid Form Body",
 *     "errors": { "0": { "name": { "_errors": [{ "code": "...", "message": "..." }] } } } }
 *
 * The codes are Discord's where known (BASE_TYPE_REQUIRED, BASE_TYPE_BAD_LENGTH, BASE_TYPE_CHOICES,
 * BASE_TYPE_MAX_LENGTH, APPLICATION_COMMAND_TOO_LARGE); the rest name the rule broken.
 */

/**
 * "`CHAT_INPUT` command names and command option names must match the following regex
 * `^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$` with the unicode flag set. If there is a lowercase
 * variant of any letters used, you must use those."
 */
export const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

export const COMMAND_RULES = {
  nameMax: 32,
  descriptionMax: 100,
  options: 25,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  /** min_length: "minimum of 0, maximum of 6000"; max_length: "minimum of 1, maximum of 6000". */
  lengthMax: 6000,
  /** "Slash commands can have a maximum of 8000 characters for combined name, description, and value properties" */
  totalCharacters: 8000,
  /** "100 global CHAT_INPUT commands", "15 global USER commands", "15 global MESSAGE commands"; the same per guild. */
  chatCommands: 100,
  userCommands: 15,
  messageCommands: 15,
  /** INTEGER: "Any integer between -2^53+1 and 2^53-1". */
  integerMax: Number.MAX_SAFE_INTEGER,
} as const;

export const CommandType = { ChatInput: 1, User: 2, Message: 3, PrimaryEntryPoint: 4 } as const;
export const OptionKind = {
  Subcommand: 1,
  SubcommandGroup: 2,
  String: 3,
  Integer: 4,
  Boolean: 5,
  User: 6,
  Channel: 7,
  Role: 8,
  Mentionable: 9,
  Number: 10,
  Attachment: 11,
} as const;
/** Interaction context types: GUILD 0, BOT_DM 1, PRIVATE_CHANNEL 2. */
export const CONTEXTS = [0, 1, 2] as const;
/** Application integration types: GUILD_INSTALL 0, USER_INSTALL 1. */
export const INTEGRATION_TYPES = [0, 1] as const;
/** The locales a localization dictionary may use (developers/reference.mdx "Locales"). */
export const LOCALES = [
  'id',
  'da',
  'de',
  'en-GB',
  'en-US',
  'es-ES',
  'es-419',
  'fr',
  'hr',
  'it',
  'lt',
  'hu',
  'nl',
  'no',
  'pl',
  'pt-BR',
  'ro',
  'fi',
  'sv-SE',
  'vi',
  'tr',
  'cs',
  'el',
  'bg',
  'ru',
  'uk',
  'hi',
  'th',
  'zh-CN',
  'ja',
  'zh-TW',
  'ko',
] as const;

export interface FieldError {
  code: string;
  message: string;
}

/** Discord's nested error object: keys are field names or array indexes; leaves hold `_errors`. */
export interface ErrorTree {
  _errors?: FieldError[];
  [key: string]: ErrorTree | FieldError[] | undefined;
}

/** Unicode code points, as Discord counts (discord/discord-api-docs#1315). */
const len = (s: unknown): number => (typeof s === 'string' ? [...s].length : 0);

class Collector {
  readonly tree: ErrorTree = {};
  add(path: (string | number)[], code: string, message: string): void {
    let node: ErrorTree = this.tree;
    for (const key of path) node = (node[String(key)] ??= {}) as ErrorTree;
    (node._errors ??= []).push({ code, message });
  }
  get empty(): boolean {
    return Object.keys(this.tree).length === 0;
  }
}

const required = (c: Collector, at: (string | number)[]) => c.add(at, 'BASE_TYPE_REQUIRED', 'This field is required');
const badLength = (c: Collector, at: (string | number)[], min: number, max: number) =>
  c.add(at, 'BASE_TYPE_BAD_LENGTH', `Must be between ${min} and ${max} in length.`);

function checkName(c: Collector, at: (string | number)[], name: unknown, chatInput: boolean): void {
  if (name === undefined || name === null) return required(c, at);
  if (typeof name !== 'string') return c.add(at, 'BASE_TYPE_STRING', 'Must be a string.');
  if (len(name) < 1 || len(name) > COMMAND_RULES.nameMax) return badLength(c, at, 1, COMMAND_RULES.nameMax);
  if (!chatInput) return;
  if (!COMMAND_NAME.test(name)) c.add(at, 'APPLICATION_COMMAND_INVALID_NAME', `Command name is invalid: it must match ${COMMAND_NAME.source}`);
  else if (name !== name.toLowerCase())
    c.add(at, 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid: letters that have a lowercase form must be lowercase');
}

function checkDescription(c: Collector, at: (string | number)[], description: unknown, chatInput: boolean): void {
  if (!chatInput) {
    if (description !== undefined && description !== '' && description !== null)
      c.add(at, 'APPLICATION_COMMAND_INVALID_DESCRIPTION', 'Must be empty for USER and MESSAGE commands.');
    return;
  }
  if (description === undefined || description === null) return required(c, at);
  if (typeof description !== 'string') return c.add(at, 'BASE_TYPE_STRING', 'Must be a string.');
  if (len(description) < 1 || len(description) > COMMAND_RULES.descriptionMax) badLength(c, at, 1, COMMAND_RULES.descriptionMax);
}

function checkLocalizations(
  c: Collector,
  at: (string | number)[],
  dict: unknown,
  check: (c: Collector, at: (string | number)[], value: unknown) => void,
): void {
  if (dict === undefined || dict === null) return;
  if (typeof dict !== 'object' || Array.isArray(dict)) return c.add(at, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
  for (const [locale, value] of Object.entries(dict as Record<string, unknown>)) {
    if (!(LOCALES as readonly string[]).includes(locale)) c.add([...at, locale], 'BASE_TYPE_CHOICES', `Value must be one of ${JSON.stringify(LOCALES)}.`);
    else check(c, [...at, locale], value);
  }
}

const choiceOf = (allowed: readonly number[]) => `Value must be one of {${allowed.join(', ')}}.`;

function checkEnumList(c: Collector, at: (string | number)[], value: unknown, allowed: readonly number[]): void {
  if (value === undefined || value === null) return;
  if (!Array.isArray(value)) return c.add(at, 'BASE_TYPE_LIST', 'Must be a list.');
  value.forEach((v, i) => {
    if (!allowed.includes(v as number)) c.add([...at, i], 'BASE_TYPE_CHOICES', choiceOf(allowed));
  });
  if (new Set(value).size !== value.length) c.add(at, 'BASE_TYPE_UNIQUE', 'Values must be unique.');
}

const isNumberKind = (t: number) => t === OptionKind.Integer || t === OptionKind.Number;
const takesChoices = (t: number) => t === OptionKind.String || isNumberKind(t);

function checkOptions(c: Collector, at: (string | number)[], options: unknown, level: 'command' | 'subcommand' | 'group'): void {
  if (options === undefined || options === null) return;
  if (!Array.isArray(options)) return c.add(at, 'BASE_TYPE_LIST', 'Must be a list.');
  if (options.length > COMMAND_RULES.options) c.add(at, 'BASE_TYPE_MAX_LENGTH', `Must be ${COMMAND_RULES.options} or fewer in length.`);
  const names = new Set<string>();
  let optionalSeen = false;
  const kinds = options.map((o) => (o as { type?: number })?.type);
  const subs = kinds.filter((t) => t === OptionKind.Subcommand || t === OptionKind.SubcommandGroup).length;
  if (subs && subs !== kinds.length)
    c.add(at, 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID', 'Sub-commands and sub-command groups cannot be mixed with other option types.');
  options.forEach((raw, i) => {
    const here = [...at, i];
    if (!raw || typeof raw !== 'object') return c.add(here, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
    const o = raw as Record<string, any>;
    const type = o.type as number;
    if (!Number.isInteger(type) || type < 1 || type > 11) c.add([...here, 'type'], 'BASE_TYPE_CHOICES', choiceOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]));
    if (level === 'group' && type !== OptionKind.Subcommand)
      c.add([...here, 'type'], 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID', 'A sub-command group may only contain sub-commands.');
    if (level === 'subcommand' && (type === OptionKind.Subcommand || type === OptionKind.SubcommandGroup))
      c.add([...here, 'type'], 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID', 'A sub-command cannot contain sub-commands or groups.');
    checkName(c, [...here, 'name'], o.name, true);
    checkLocalizations(c, [...here, 'name_localizations'], o.name_localizations, (cc, a, v) => checkName(cc, a, v, true));
    checkDescription(c, [...here, 'description'], o.description, true);
    checkLocalizations(c, [...here, 'description_localizations'], o.description_localizations, (cc, a, v) => checkDescription(cc, a, v, true));
    if (typeof o.name === 'string') {
      if (names.has(o.name)) c.add([...here, 'name'], 'APPLICATION_COMMAND_OPTIONS_DUPLICATE_NAME', 'Option names must be unique.');
      names.add(o.name);
    }
    const isSub = type === OptionKind.Subcommand || type === OptionKind.SubcommandGroup;
    if (isSub && o.required !== undefined)
      c.add([...here, 'required'], 'APPLICATION_COMMAND_OPTION_INVALID_FIELD', '`required` is not valid for sub-commands and groups.');
    // "Required options must be listed before optional options"
    if (!isSub) {
      if (o.required === true && optionalSeen)
        c.add(here, 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', 'Required options must be placed before non-required options');
      if (o.required !== true) optionalSeen = true;
    }
    if (o.choices !== undefined && o.choices !== null) {
      if (!takesChoices(type))
        c.add([...here, 'choices'], 'APPLICATION_COMMAND_OPTION_INVALID_FIELD', 'Choices are valid for STRING, INTEGER and NUMBER options only.');
      else if (!Array.isArray(o.choices)) c.add([...here, 'choices'], 'BASE_TYPE_LIST', 'Must be a list.');
      else {
        if (o.choices.length > COMMAND_RULES.choices)
          c.add([...here, 'choices'], 'BASE_TYPE_MAX_LENGTH', `Must be ${COMMAND_RULES.choices} or fewer in length.`);
        (o.choices as Record<string, any>[]).forEach((ch, j) => {
          const at2 = [...here, 'choices', j];
          const checkChoiceName = (cc: Collector, a: (string | number)[], v: unknown) => {
            if (typeof v !== 'string') return required(cc, a);
            if (len(v) < 1 || len(v) > COMMAND_RULES.choiceName) badLength(cc, a, 1, COMMAND_RULES.choiceName);
          };
          checkChoiceName(c, [...at2, 'name'], ch?.name);
          checkLocalizations(c, [...at2, 'name_localizations'], ch?.name_localizations, checkChoiceName);
          const v = ch?.value;
          if (v === undefined || v === null) required(c, [...at2, 'value']);
          else if (type === OptionKind.String) {
            if (typeof v !== 'string') c.add([...at2, 'value'], 'BASE_TYPE_STRING', 'Must be a string.');
            else if (len(v) > COMMAND_RULES.choiceValue) badLength(c, [...at2, 'value'], 1, COMMAND_RULES.choiceValue);
          } else if (type === OptionKind.Integer && !Number.isSafeInteger(v))
            c.add([...at2, 'value'], 'NUMBER_TYPE_COERCE', `Value "${String(v)}" is not int.`);
          else if (type === OptionKind.Number && typeof v !== 'number') c.add([...at2, 'value'], 'NUMBER_TYPE_COERCE', `Value "${String(v)}" is not a number.`);
        });
      }
      if (o.autocomplete === true)
        c.add([...here, 'autocomplete'], 'APPLICATION_COMMAND_OPTION_INVALID_FIELD', '`autocomplete` may not be set to true if `choices` are present.');
    }
    if (o.autocomplete === true && !takesChoices(type))
      c.add([...here, 'autocomplete'], 'APPLICATION_COMMAND_OPTION_INVALID_FIELD', 'Autocomplete is valid for STRING, INTEGER and NUMBER options only.');
    for (const field of ['min_length', 'max_length'] as const) {
      const v = o[field];
      if (v === undefined || v === null) continue;
      if (type !== OptionKind.String) c.add([...here, field], 'APPLICATION_COMMAND_OPTION_INVALID_FIELD', `\`${field}\` is valid for STRING options only.`);
      else if (!Number.isInteger(v)) c.add([...here, field], 'NUMBER_TYPE_COERCE', `Value "${String(v)}" is not int.`);
      else {
        const min = field === 'min_length' ? 0 : 1;
        if (v < min) c.add([...here, field], 'NUMBER_TYPE_MIN', `int value should be greater than or equal to ${min}.`);
        if (v > COMMAND_RULES.lengthMax) c.add([...here, field], 'NUMBER_TYPE_MAX', `int value should be less than or equal to ${COMMAND_RULES.lengthMax}.`);
      }
    }
    if (Number.isInteger(o.min_length) && Number.isInteger(o.max_length) && o.min_length > o.max_length)
      c.add([...here, 'min_length'], 'APPLICATION_COMMAND_OPTION_INVALID_FIELD', '`min_length` must not be greater than `max_length`.');
    for (const field of ['min_value', 'max_value'] as const) {
      const v = o[field];
      if (v === undefined || v === null) continue;
      if (!isNumberKind(type))
        c.add([...here, field], 'APPLICATION_COMMAND_OPTION_INVALID_FIELD', `\`${field}\` is valid for INTEGER and NUMBER options only.`);
      else if (type === OptionKind.Integer && !Number.isInteger(v)) c.add([...here, field], 'NUMBER_TYPE_COERCE', `Value "${String(v)}" is not int.`);
      else if (typeof v !== 'number' || !Number.isFinite(v)) c.add([...here, field], 'NUMBER_TYPE_COERCE', `Value "${String(v)}" is not a number.`);
      else if (Math.abs(v) > COMMAND_RULES.integerMax)
        c.add([...here, field], field === 'min_value' ? 'NUMBER_TYPE_MIN' : 'NUMBER_TYPE_MAX', 'Value is outside -2^53 .. 2^53.');
    }
    if (typeof o.min_value === 'number' && typeof o.max_value === 'number' && o.min_value > o.max_value)
      c.add([...here, 'min_value'], 'APPLICATION_COMMAND_OPTION_INVALID_FIELD', '`min_value` must not be greater than `max_value`.');
    if (o.channel_types !== undefined && type !== OptionKind.Channel)
      c.add([...here, 'channel_types'], 'APPLICATION_COMMAND_OPTION_INVALID_FIELD', '`channel_types` is valid for CHANNEL options only.');
    if (o.options !== undefined && !isSub)
      c.add([...here, 'options'], 'APPLICATION_COMMAND_OPTION_INVALID_FIELD', 'Nested options are valid for sub-commands and groups only.');
    if (isSub) checkOptions(c, [...here, 'options'], o.options, type === OptionKind.SubcommandGroup ? 'group' : 'subcommand');
  });
}

/** The longest of a field and its localizations, as Discord counts it toward the size limit. */
function longest(value: unknown, localizations: unknown): number {
  const all = [len(value), ...Object.values((localizations as Record<string, unknown>) ?? {}).map(len)];
  return Math.max(0, ...all);
}

/**
 * The command's size as Discord counts it: "combined name, description, and value properties for
 * each command, its options (including subcommands and groups), and choices", the longest
 * localization of each field.
 */
export function commandSize(command: Record<string, any>): number {
  const ofOptions = (options: unknown): number =>
    (Array.isArray(options) ? (options as Record<string, any>[]) : []).reduce(
      (sum, o) =>
        sum +
        longest(o?.name, o?.name_localizations) +
        longest(o?.description, o?.description_localizations) +
        (Array.isArray(o?.choices) ? (o.choices as Record<string, any>[]) : []).reduce(
          (s, ch) => s + longest(ch?.name, ch?.name_localizations) + len(typeof ch?.value === 'string' ? ch.value : String(ch?.value ?? '')),
          0,
        ) +
        ofOptions(o?.options),
      0,
    );
  return longest(command.name, command.name_localizations) + longest(command.description, command.description_localizations) + ofOptions(command.options);
}

/** Everything wrong with one command body; an empty tree when Discord would accept it. */
export function commandErrors(command: unknown): ErrorTree {
  const c = new Collector();
  if (!command || typeof command !== 'object' || Array.isArray(command)) {
    c.add([], 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
    return c.tree;
  }
  const cmd = command as Record<string, any>;
  const type = cmd.type ?? CommandType.ChatInput;
  if (![1, 2, 3, 4].includes(type)) c.add(['type'], 'BASE_TYPE_CHOICES', choiceOf([1, 2, 3, 4]));
  const chatInput = type === CommandType.ChatInput;
  checkName(c, ['name'], cmd.name, chatInput);
  checkLocalizations(c, ['name_localizations'], cmd.name_localizations, (cc, a, v) => checkName(cc, a, v, chatInput));
  checkDescription(c, ['description'], cmd.description, chatInput);
  checkLocalizations(c, ['description_localizations'], cmd.description_localizations, (cc, a, v) => checkDescription(cc, a, v, chatInput));
  if (cmd.options !== undefined && !chatInput)
    c.add(['options'], 'APPLICATION_COMMAND_OPTION_INVALID_FIELD', '`options` can only be set for CHAT_INPUT commands.');
  else checkOptions(c, ['options'], cmd.options, 'command');
  checkEnumList(c, ['contexts'], cmd.contexts, CONTEXTS);
  checkEnumList(c, ['integration_types'], cmd.integration_types, INTEGRATION_TYPES);
  const dmp = cmd.default_member_permissions;
  if (dmp !== undefined && dmp !== null && !(typeof dmp === 'string' && /^\d+$/.test(dmp)))
    c.add(['default_member_permissions'], 'BASE_TYPE_STRING', 'Must be a string of a permission bit set, or null.');
  if (chatInput && commandSize(cmd) > COMMAND_RULES.totalCharacters)
    c.add([], 'APPLICATION_COMMAND_TOO_LARGE', `Command exceeds maximum size (${COMMAND_RULES.totalCharacters})`);
  return c.tree;
}

export type RegistrationRefusal = { status: number; body: { code: number; message: string; errors?: ErrorTree } };

/**
 * A bulk overwrite (PUT .../commands) as Discord judges it: each command's errors under its index,
 * names unique per type, and at most 100 CHAT_INPUT (15 USER, 15 MESSAGE) commands per scope.
 * Undefined when Discord would accept the list.
 */
export function registrationRefusal(commands: unknown): RegistrationRefusal | undefined {
  if (!Array.isArray(commands))
    return { status: 400, body: { code: 50035, message: 'Invalid Form Body', errors: { _errors: [{ code: 'BASE_TYPE_LIST', message: 'Must be a list.' }] } } };
  const c = new Collector();
  const seen = new Map<string, number>();
  commands.forEach((cmd, i) => {
    const tree = commandErrors(cmd);
    if (Object.keys(tree).length) c.tree[String(i)] = tree;
    const key = `${(cmd as Record<string, any>)?.type ?? 1}:${(cmd as Record<string, any>)?.name}`;
    if (seen.has(key)) c.add([i, 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', `Application command names must be unique (same as command ${seen.get(key)})`);
    seen.set(key, i);
  });
  if (!c.empty) return { status: 400, body: { code: 50035, message: 'Invalid Form Body', errors: c.tree } };
  const count = (t: number) => commands.filter((x) => ((x as Record<string, any>)?.type ?? 1) === t).length;
  if (count(1) > COMMAND_RULES.chatCommands || count(2) > COMMAND_RULES.userCommands || count(3) > COMMAND_RULES.messageCommands)
    return { status: 400, body: { code: 30032, message: 'Maximum number of application commands reached' } };
  return undefined;
}

/** One line per leaf error ("0.options.1.name: APPLICATION_COMMAND_INVALID_NAME ..."), for test messages. */
export function flattenErrors(tree: ErrorTree | undefined, prefix = ''): string[] {
  if (!tree) return [];
  const out: string[] = [];
  for (const [key, value] of Object.entries(tree)) {
    if (key === '_errors') for (const e of value as FieldError[]) out.push(`${prefix || '(command)'}: ${e.code} ${e.message}`);
    else out.push(...flattenErrors(value as ErrorTree, prefix ? `${prefix}.${key}` : key));
  }
  return out;
}
