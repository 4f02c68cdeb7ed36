import { REST, Routes } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { commandErrors, flattenErrors, registrationRefusal, CONTEXTS, INTEGRATION_TYPES } from './fakeDiscord/commands.js';
import { FakeDiscord } from './fakeDiscord/server.js';

// Every command body the bot registers, as it goes over the wire (JSON), checked against Discord's
// documented constraints (discord-api-docs developers/interactions/application-commands.mdx) by the
// validator the test server uses for PUT .../commands, each command on its own so one bad command
// does not hide another.

const wire = (data: unknown) => JSON.parse(JSON.stringify(data)) as Record<string, any>;
const bodies = COMMANDS.map((c) => wire(c.data));
const byName = bodies.map((b) => [String(b.name), b] as const);

describe('every registered command is one Discord accepts', () => {
  it('there are commands to check', () => {
    expect(bodies.length).toBeGreaterThan(0);
  });

  it.each(byName)('/%s: name, description, options, choices, lengths and size within the documented limits', (_name, body) => {
    expect(flattenErrors(commandErrors(body))).toEqual([]);
  });

  it.each(byName)('/%s declares where it can be used: `contexts` and `integration_types`, with documented values', (_name, body) => {
    // Without them Discord applies the app's defaults (every context), and a guild-only command shows
    // up in DMs: each command says where it works.
    expect(Array.isArray(body.contexts) && body.contexts.length > 0, `contexts of /${body.name}: ${JSON.stringify(body.contexts)}`).toBe(true);
    expect(
      Array.isArray(body.integration_types) && body.integration_types.length > 0,
      `integration_types of /${body.name}: ${JSON.stringify(body.integration_types)}`,
    ).toBe(true);
    for (const c of body.contexts as unknown[]) expect(CONTEXTS).toContain(c);
    for (const t of body.integration_types as unknown[]) expect(INTEGRATION_TYPES).toContain(t);
  });

  it('the list as deploy-commands sends it: names unique, within 100 chat commands', () => {
    expect(registrationRefusal(bodies)).toBeUndefined();
  });
});

describe('registering the commands through the test server, as deploy-commands does', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(async () => {
    await fake?.stop();
  });

  it('PUT of the whole list globally and to the guild is accepted', async () => {
    const rest = new REST({ api: fake.apiUrl }).setToken(fake.token);
    const body = COMMANDS.map((c) => c.data);
    const global = (await rest.put(Routes.applicationCommands(fake.applicationId), { body }).catch((e: { rawError?: unknown }) => e.rawError ?? e)) as unknown;
    expect(Array.isArray(global), JSON.stringify(global)).toBe(true);
    const guild = (await rest
      .put(Routes.applicationGuildCommands(fake.applicationId, fake.guildId), { body })
      .catch((e: { rawError?: unknown }) => e.rawError ?? e)) as unknown;
    expect(Array.isArray(guild), JSON.stringify(guild)).toBe(true);
  });
});
