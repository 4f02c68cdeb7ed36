import { PinStore } from '../../src/bot/pinStore.js';
import { StateDatabase } from '../../src/state/database.js';
import { SqliteStoryCatalog } from '../../src/stories/catalog.js';
import { storyKey } from '../../src/stories/names.js';
import { storyCatalogContract } from '../support/catalogContract.js';
import { makeTempDir } from '../support/fixtures.js';

storyCatalogContract('SQLite (the state database)', async () => {
  const state = StateDatabase.open(makeTempDir('eventdesk-catalog-'));
  const pins = new PinStore(state);
  return {
    catalog: new SqliteStoryCatalog(state),
    pinSummary: (channelId, guildId, story) =>
      pins.set({ channelId, guildId, messageId: '1', corpusHash: 'h', updatedAt: '2026-12-01T00:00:00.000Z', story: storyKey(story) }),
  };
});
