import { describe, expect, it } from 'vitest';
import { FeedStore } from '../../src/feeds/feedStore.js';
import { WhatsNewChannels } from '../../src/feeds/whatsNewChannels.js';
import { SCHEMA_VERSION, StateDatabase } from '../../src/state/database.js';
import { SqliteStoryCatalog } from '../../src/stories/catalog.js';
import { makeTempDir } from '../support/fixtures.js';

const A = '111111111111111111';
const B = '222222222222222222';

describe('the feed store', () => {
  it('keeps feeds and what they saw across a restart; a server removes only its own; deleting a story drops its feeds', async () => {
    const dir = makeTempDir('eventdesk-feedstore-');
    let state = StateDatabase.open(dir);
    const catalog = new SqliteStoryCatalog(state);
    await catalog.create({ owner: A, name: 'port' }, null);
    await catalog.create({ owner: B, name: 'port' }, null);
    let feeds = new FeedStore(state);
    const def = { url: 'https://news.example/feed.xml', keywords: ['strike'], intervalSeconds: 600, maxItems: 10 };
    const a = feeds.add({ ...def, story: { owner: A, name: 'port' } }, 'u1').feed;
    const b = feeds.add({ ...def, story: { owner: B, name: 'port' } }, 'u2').feed;
    expect(a.id).not.toBe(b.id);
    // The same feed again updates its keywords, and is not a second feed.
    const again = feeds.add({ ...def, keywords: ['strike', 'union'], story: { owner: A, name: 'port' } }, 'u1');
    expect(again).toMatchObject({ created: false, feed: { id: a.id, keywords: ['strike', 'union'] } });
    feeds.markSeen(a.id, [{ key: 'guid-1', link: 'https://news.example/1', outcome: 'added' }]);
    feeds.recordPoll(a.id, { at: new Date(), nextPollAt: new Date(Date.now() + 600_000), etag: '"x"', taken: 1, error: null });
    state.close();

    state = StateDatabase.open(dir);
    expect(state.version).toBe(SCHEMA_VERSION);
    feeds = new FeedStore(state);
    expect(feeds.get(a.id)).toMatchObject({ itemsTaken: 1, etag: '"x"', lastError: null });
    expect(feeds.seen(a.id, ['guid-1', 'guid-2'])).toEqual(new Set(['guid-1']));
    expect(feeds.seen(b.id, ['guid-1'])).toEqual(new Set());
    expect(feeds.list(A).map((f) => f.id)).toEqual([a.id]);

    expect(feeds.remove(B, a.id)).toBeUndefined();
    expect(feeds.get(a.id)).toBeDefined();
    new WhatsNewChannels(state).on(A, 'chan', { owner: A, name: 'port' });
    expect(await new SqliteStoryCatalog(state).delete({ owner: A, name: 'port' })).toBe(true);
    expect(feeds.get(a.id)).toBeUndefined();
    expect(feeds.seen(a.id, ['guid-1'])).toEqual(new Set());
    expect(new WhatsNewChannels(state).stories()).toEqual([]);
    expect(feeds.list(B)).toHaveLength(1);
    state.close();
  });
});
