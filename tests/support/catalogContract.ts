import { describe, expect, it } from 'vitest';
import type { StoryCatalog, TrashRow } from '../../src/stories/catalog.js';
import { SAMPLE, storyKey, type StoryRef } from '../../src/stories/names.js';

/** A fresh, empty catalog of one implementation, and how to pin a summary of a story in it (pinned summaries have their own store). */
export interface CatalogUnderTest {
  catalog: StoryCatalog;
  pinSummary(channelId: string, guildId: string, story: StoryRef): Promise<void>;
}

const GUILD_A = '100000000000000001';
const GUILD_B = '100000000000000002';
const chile = (owner: string): StoryRef => ({ owner, name: 'chile' });
const removal = (article: string, removedAt: string, removedBy: string | null = 'mod'): TrashRow => ({
  article,
  file: `${article}.md`,
  title: `Title of ${article}`,
  removedAt,
  removedBy,
});

/**
 * What every implementation of StoryCatalog must do, as tests: the SQLite one
 * runs them (tests/stories/catalog.test.ts), and a second one (PostgreSQL,
 * docs/scaling.md) would run the same by calling this with its own `make`.
 */
export function storyCatalogContract(implementation: string, make: () => Promise<CatalogUnderTest>): void {
  describe(`StoryCatalog contract: ${implementation}`, () => {
    it('names are unique per owner: the first create wins, and another owner may use the same name', async () => {
      const { catalog } = await make();
      expect(await catalog.create(chile(GUILD_A), 'mod', new Date('2026-12-01T10:00:00Z'))).toBe(true);
      expect(await catalog.create(chile(GUILD_A), 'other')).toBe(false);
      expect(await catalog.create(chile(GUILD_B), null)).toBe(true);
      expect(await catalog.create({ owner: GUILD_A, name: 'alpha' }, null)).toBe(true);
      expect(await catalog.list(GUILD_A)).toEqual([
        expect.objectContaining({ owner: GUILD_A, name: 'alpha', createdBy: null }),
        { owner: GUILD_A, name: 'chile', createdAt: '2026-12-01T10:00:00.000Z', createdBy: 'mod' },
      ]);
      expect(await catalog.list('100000000000000009')).toEqual([]);
      expect(await catalog.exists(chile(GUILD_B))).toBe(true);
      expect(await catalog.exists({ owner: GUILD_B, name: 'alpha' })).toBe(false);
    });

    it('the sample always exists and comes first in every story of every owner', async () => {
      const { catalog } = await make();
      expect(await catalog.exists(SAMPLE)).toBe(true);
      expect(await catalog.all()).toEqual([SAMPLE]);
      await catalog.create(chile(GUILD_B), null);
      await catalog.create(chile(GUILD_A), null);
      expect((await catalog.all()).map(storyKey)).toEqual([storyKey(SAMPLE), storyKey(chile(GUILD_A)), storyKey(chile(GUILD_B))]);
    });

    it("a channel's story, else the server's default, else the sample; never another server's story", async () => {
      const { catalog } = await make();
      await catalog.create(chile(GUILD_A), 'mod');
      expect(await catalog.storyFor(GUILD_A, '7')).toEqual(SAMPLE);
      expect(await catalog.storyFor(null, null)).toEqual(SAMPLE);
      await catalog.useInChannel(GUILD_A, '7', chile(GUILD_A));
      expect(await catalog.storyFor(GUILD_A, '7')).toEqual(chile(GUILD_A));
      expect(await catalog.storyFor(GUILD_A, '8')).toEqual(SAMPLE);
      await catalog.useAsDefault(GUILD_A, chile(GUILD_A));
      expect(await catalog.storyFor(GUILD_A, '8')).toEqual(chile(GUILD_A));
      // A channel bound back to the sample answers from it, whatever the server's default.
      await catalog.useInChannel(GUILD_A, '7', SAMPLE);
      expect(await catalog.storyFor(GUILD_A, '7')).toEqual(SAMPLE);
      // A binding to server B's story (a bug or a hand edit) is never followed from server A.
      await catalog.useInChannel(GUILD_A, '9', chile(GUILD_B));
      expect(await catalog.storyFor(GUILD_A, '9')).toEqual(SAMPLE);
    });

    it('deleting a story says first what uses it, then removes it and everything pointing at it', async () => {
      const { catalog, pinSummary } = await make();
      await catalog.create(chile(GUILD_A), null);
      await catalog.create(chile(GUILD_B), null);
      await catalog.useInChannel(GUILD_A, '7', chile(GUILD_A));
      await catalog.useAsDefault(GUILD_A, chile(GUILD_A));
      await pinSummary('7', GUILD_A, chile(GUILD_A));
      await catalog.addToTrash(chile(GUILD_A), removal('a1', '2026-12-01T00:00:00.000Z'));
      await catalog.useInChannel(GUILD_B, '70', chile(GUILD_B));
      expect(await catalog.usage(chile(GUILD_A))).toEqual({ channels: ['7'], defaultOf: [GUILD_A], pinnedIn: ['7'] });
      expect(await catalog.delete(chile(GUILD_A))).toBe(true);
      expect(await catalog.exists(chile(GUILD_A))).toBe(false);
      expect(await catalog.usage(chile(GUILD_A))).toEqual({ channels: [], defaultOf: [], pinnedIn: [] });
      expect(await catalog.trash(chile(GUILD_A))).toEqual([]);
      expect(await catalog.storyFor(GUILD_A, '7')).toEqual(SAMPLE);
      expect(await catalog.delete(chile(GUILD_A))).toBe(false);
      // The other server's story of the same name is untouched.
      expect(await catalog.storyFor(GUILD_B, '70')).toEqual(chile(GUILD_B));
      // The name is free again.
      expect(await catalog.create(chile(GUILD_A), null)).toBe(true);
    });

    it('the trash: the latest removal first, the first of two removals wins, and it is per story', async () => {
      const { catalog } = await make();
      const ref = chile(GUILD_A);
      await catalog.create(ref, null);
      await catalog.create(chile(GUILD_B), null);
      expect(await catalog.addToTrash(ref, removal('old', '2026-11-01T00:00:00.000Z'))).toBe(true);
      expect(await catalog.addToTrash(ref, removal('new', '2026-12-01T00:00:00.000Z', null))).toBe(true);
      const [first, second] = await Promise.all([
        catalog.addToTrash(ref, removal('both', '2026-11-15T00:00:00.000Z', 'a')),
        catalog.addToTrash(ref, removal('both', '2026-11-15T00:00:01.000Z', 'b')),
      ]);
      expect([first, second].sort()).toEqual([false, true]);
      expect((await catalog.trash(ref)).map((t) => t.article)).toEqual(['new', 'both', 'old']);
      expect(await catalog.inTrash(ref, 'new')).toEqual(removal('new', '2026-12-01T00:00:00.000Z', null));
      expect(await catalog.inTrash(ref, 'missing')).toBeNull();
      expect(await catalog.inTrash(chile(GUILD_B), 'new')).toBeNull();
      expect(await catalog.takeFromTrash(ref, 'new')).toBe(true);
      expect(await catalog.takeFromTrash(ref, 'new')).toBe(false);
      expect((await catalog.trash(ref)).map((t) => t.article)).toEqual(['both', 'old']);
    });
  });
}
