import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WhatsNewBatcher } from '../../src/feeds/whatsNewBatch.js';
import { WhatsNewChannels } from '../../src/feeds/whatsNewChannels.js';
import { WhatsNewWatcher } from '../../src/feeds/whatsNewWatcher.js';
import { loadCorpus } from '../../src/pipeline/loadCorpus.js';
import { StateDatabase } from '../../src/state/database.js';
import { FIXTURE_ARTICLES_DIR, makeTempDir } from '../support/fixtures.js';

describe("the what's-new watcher", () => {
  it('tells the channels that opted in what the new articles brought, and no other channel or story', async () => {
    const dir = makeTempDir('eventdesk-whatsnew-');
    const corpusDir = path.join(dir, 'articles');
    mkdirSync(corpusDir);
    const [first, ...rest] = readdirSync(FIXTURE_ARTICLES_DIR).sort();
    for (const name of rest.slice(0, 2)) cpSync(path.join(FIXTURE_ARTICLES_DIR, name), path.join(corpusDir, name));
    const before = (await loadCorpus(corpusDir, { snapshot: false })).corpus;
    cpSync(path.join(FIXTURE_ARTICLES_DIR, first!), path.join(corpusDir, first!));
    const after = (await loadCorpus(corpusDir, { snapshot: false })).corpus;
    const added = after.articles.find((a) => !before.articles.some((b) => b.id === a.id))!;

    const state = StateDatabase.open(path.join(dir, 'state'));
    const channels = new WhatsNewChannels(state);
    const story = { owner: '123456789012345678', name: 'iraq' };
    const other = { owner: '123456789012345678', name: 'other' };
    channels.on('123456789012345678', 'chan-1', story);
    channels.on('123456789012345678', 'chan-2', other);
    const posts: Array<{ channel: string; content: string }> = [];
    const batcher = new WhatsNewBatcher({ windowMs: 1_000, gatherMs: 0, post: async (channel, content) => void posts.push({ channel, content }) });
    const watcher = new WhatsNewWatcher({ channels, batcher, label: (s) => s.name });

    // No baseline yet: the first change is only remembered.
    watcher.changed(story, before);
    watcher.changed(story, after);
    watcher.changed(other, after);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(posts.map((p) => p.channel)).toEqual(['chan-1']);
    expect(posts[0]!.content).toMatch(/^\*\*What's new in iraq\*\* \(1 new article\)$/m);
    expect(posts[0]!.content).toContain(`“${added.title}”`);
    // The same corpus again brings nothing new.
    watcher.changed(story, after);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(posts).toHaveLength(1);

    // Opted out: no baseline kept, nothing told.
    expect(channels.off('chan-1', story)).toBe(true);
    watcher.changed(story, before);
    watcher.changed(story, after);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(posts).toHaveLength(1);

    // sync takes a baseline for a followed story that is loaded, so its very next change is told.
    channels.on('123456789012345678', 'chan-1', story);
    watcher.sync(() => before);
    watcher.changed(story, after);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(posts).toHaveLength(2);
    batcher.stop();
    state.close();
  });
});
