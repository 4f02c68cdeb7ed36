/**
 * Discord's documented limits on a message body, checked the way Discord checks them: a body that
 * breaks one is rejected with 400 by the real API, so the fake server rejects it too and records why.
 */

export const LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

/**
 * Discord's API is Python 3 and counts Unicode code points (discord/discord-api-docs#1315), not the
 * UTF-16 units of String#length: an emoji outside the BMP is one character to Discord.
 */
const len = (v: unknown): number => {
  if (typeof v !== 'string') return 0;
  let n = 0;
  for (const _ of v) n++;
  return n;
};

export interface MessageBody {
  content?: unknown;
  embeds?: unknown;
  components?: unknown;
  allowed_mentions?: unknown;
  [key: string]: unknown;
}

/** Every way a message body breaks Discord's limits; empty when it is acceptable. */
export function messageLimitProblems(body: MessageBody): string[] {
  const problems: string[] = [];
  if (len(body.content) > LIMITS.content) problems.push(`content is ${len(body.content)} characters (max ${LIMITS.content})`);
  const embeds = Array.isArray(body.embeds) ? (body.embeds as Record<string, any>[]) : [];
  if (embeds.length > LIMITS.embeds) problems.push(`${embeds.length} embeds (max ${LIMITS.embeds})`);
  let total = 0;
  embeds.forEach((e, i) => {
    const at = `embeds[${i}]`;
    if (len(e.title) > LIMITS.title) problems.push(`${at}.title is ${len(e.title)} characters (max ${LIMITS.title})`);
    if (len(e.description) > LIMITS.description) problems.push(`${at}.description is ${len(e.description)} characters (max ${LIMITS.description})`);
    if (e.description === '') problems.push(`${at}.description is empty`);
    if (len(e.footer?.text) > LIMITS.footer) problems.push(`${at}.footer.text is ${len(e.footer?.text)} characters (max ${LIMITS.footer})`);
    if (len(e.author?.name) > LIMITS.author) problems.push(`${at}.author.name is ${len(e.author?.name)} characters (max ${LIMITS.author})`);
    const fields = Array.isArray(e.fields) ? (e.fields as Record<string, any>[]) : [];
    if (fields.length > LIMITS.fields) problems.push(`${at} has ${fields.length} fields (max ${LIMITS.fields})`);
    fields.forEach((f, j) => {
      if (!len(f.name)) problems.push(`${at}.fields[${j}].name is empty`);
      if (!len(f.value)) problems.push(`${at}.fields[${j}].value is empty`);
      if (len(f.name) > LIMITS.fieldName) problems.push(`${at}.fields[${j}].name is ${len(f.name)} characters (max ${LIMITS.fieldName})`);
      if (len(f.value) > LIMITS.fieldValue) problems.push(`${at}.fields[${j}].value is ${len(f.value)} characters (max ${LIMITS.fieldValue})`);
      total += len(f.name) + len(f.value);
    });
    total += len(e.title) + len(e.description) + len(e.footer?.text) + len(e.author?.name);
  });
  if (total > LIMITS.embedTotal) problems.push(`embeds total ${total} characters (max ${LIMITS.embedTotal})`);
  const rows = Array.isArray(body.components) ? (body.components as Record<string, any>[]) : [];
  if (rows.length > LIMITS.actionRows) problems.push(`${rows.length} action rows (max ${LIMITS.actionRows})`);
  rows.forEach((row, i) => {
    const items = Array.isArray(row.components) ? (row.components as Record<string, any>[]) : [];
    if (items.length > LIMITS.buttonsPerRow) problems.push(`components[${i}] has ${items.length} items (max ${LIMITS.buttonsPerRow})`);
    for (const c of items) {
      if (len(c.custom_id) > LIMITS.customId) problems.push(`custom_id "${c.custom_id}" is too long (max ${LIMITS.customId})`);
      if (len(c.label) > LIMITS.buttonLabel) problems.push(`button label is ${len(c.label)} characters (max ${LIMITS.buttonLabel})`);
    }
  });
  const carriesMessage = body.content !== undefined || embeds.length > 0 || rows.length > 0;
  if (carriesMessage && !embeds.length && !len(body.content) && !rows.length) problems.push('message is empty');
  return problems;
}

/**
 * Whether a body could ping anyone. Only `allowed_mentions: { parse: [] }` with no user or role
 * list (or empty ones) guarantees that `@everyone` or `<@123>` in the text stays inert.
 */
export function mentionProblems(body: MessageBody): string[] {
  const am = body.allowed_mentions as { parse?: unknown; users?: unknown; roles?: unknown; replied_user?: unknown } | undefined;
  if (!am || typeof am !== 'object') return ['allowed_mentions is missing'];
  const problems: string[] = [];
  if (!Array.isArray(am.parse) || am.parse.length) problems.push(`allowed_mentions.parse is ${JSON.stringify(am.parse)}, not []`);
  if (Array.isArray(am.users) && am.users.length) problems.push('allowed_mentions.users lists users');
  if (Array.isArray(am.roles) && am.roles.length) problems.push('allowed_mentions.roles lists roles');
  if (am.replied_user === true) problems.push('allowed_mentions.replied_user is true');
  return problems;
}

/** Autocomplete results: at most 25 choices, names and values within 100 characters. */
export function choiceProblems(choices: unknown): string[] {
  if (!Array.isArray(choices)) return ['choices is not an array'];
  const problems: string[] = [];
  if (choices.length > LIMITS.autocompleteChoices) problems.push(`${choices.length} choices (max ${LIMITS.autocompleteChoices})`);
  for (const c of choices as Record<string, unknown>[]) {
    if (!len(c.name) || len(c.name) > LIMITS.choiceName) problems.push(`choice name length ${len(c.name)} (1..${LIMITS.choiceName})`);
    if (typeof c.value === 'string' && len(c.value) > LIMITS.choiceValue) problems.push(`choice value length ${len(c.value)} (max ${LIMITS.choiceValue})`);
  }
  return problems;
}
