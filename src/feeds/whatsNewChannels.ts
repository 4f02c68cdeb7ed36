import type { StateDatabase } from '../state/database.js';
import type { StoryRef } from '../stories/names.js';

export interface WhatsNewChannel {
  channelId: string;
  guildId: string;
  story: StoryRef;
}

/** The channels that asked to be told what new articles of a story bring (opt-in, per story and channel). */
export class WhatsNewChannels {
  constructor(readonly state: StateDatabase) {}

  /** False when the channel already had it on for that story. */
  on(guildId: string, channelId: string, story: StoryRef, now = new Date()): boolean {
    const done = this.state.db
      .prepare('INSERT OR IGNORE INTO whats_new_channels (channel_id, guild_id, owner, story, since) VALUES (?, ?, ?, ?, ?)')
      .run(channelId, guildId, story.owner, story.name, now.toISOString());
    return done.changes === 1;
  }

  /** False when it was not on. */
  off(channelId: string, story: StoryRef): boolean {
    return (
      this.state.db.prepare('DELETE FROM whats_new_channels WHERE channel_id = ? AND owner = ? AND story = ?').run(channelId, story.owner, story.name)
        .changes === 1
    );
  }

  /** The channels told about a story. */
  channelsOf(story: StoryRef): WhatsNewChannel[] {
    const rows = this.state.db
      .prepare('SELECT channel_id, guild_id FROM whats_new_channels WHERE owner = ? AND story = ? ORDER BY channel_id')
      .all(story.owner, story.name) as Array<{ channel_id: string; guild_id: string }>;
    return rows.map((r) => ({ channelId: r.channel_id, guildId: r.guild_id, story }));
  }

  /** Every story some channel is told about. */
  stories(): StoryRef[] {
    const rows = this.state.db.prepare('SELECT DISTINCT owner, story FROM whats_new_channels ORDER BY owner, story').all() as Array<{
      owner: string;
      story: string;
    }>;
    return rows.map((r) => ({ owner: r.owner, name: r.story }));
  }
}
