import { PermissionFlagsBits, PermissionsBitField, SlashCommandBuilder, type Attachment } from 'discord.js';
import type { CommandContext, CommandModule, CommandReply } from '../src/bot/command.js';
import { SERVERS_ONLY } from '../src/bot/contexts.js';
import { isSample } from '../src/stories/names.js';
import { UserError } from '../src/bot/errors.js';
import { DEFAULT_FETCH_LIMITS, fetchPage, type FetchLimits } from '../src/ingest/fetchPage.js';
import { ingest } from '../src/ingest/ingest.js';
import { newAnnotations, type NewAnnotations } from '../src/ingest/newAnnotations.js';
import { formatOfContentType, INGEST_EXTENSIONS } from '../src/ingest/readSource.js';
import { IngestError, type IngestOutcome, type IngestSource } from '../src/ingest/types.js';
import { escapeText, link } from '../src/render/discord/markdown.js';
import { pagesOf } from '../src/render/discord/pages.js';

/** The largest attachment taken: an article file may be 2 MiB, a saved page a little more. */
export const ATTACHMENT_MAX_BYTES = 3 * 1024 * 1024;
const DOWNLOAD_LIMITS: FetchLimits = { timeoutMs: 15_000, maxBytes: ATTACHMENT_MAX_BYTES, maxRedirects: 3 };
/** Either permission makes a moderator; the command's default permission is the narrower one. */
const MODERATOR_PERMISSIONS = [PermissionFlagsBits.ManageMessages, PermissionFlagsBits.ManageGuild];
const LIST_MAX = 12;

/**
 * Links given in Discord may not point into the bot's own network (loopback,
 * private, link-local addresses), unless the operator allows it, as a test
 * setup on one machine must.
 */
export function linkLimits(allowPrivate: boolean): FetchLimits {
  return { ...DEFAULT_FETCH_LIMITS, publicOnly: !allowPrivate };
}

/** Checked again when the command runs: a server can override the default permission, and it must not let everyone add articles. */
export function isModerator(permissions: PermissionsBitField | null | undefined): boolean {
  return !!permissions && MODERATOR_PERMISSIONS.some((flag) => permissions.has(flag));
}

/** Refuses an attachment before downloading it: a text type by name and by declared content type, within the size cap. */
export function checkAttachment(file: Pick<Attachment, 'name' | 'size' | 'contentType'>): void {
  const ext = /\.[^.]+$/.exec(file.name)?.[0]?.toLowerCase() ?? '';
  if (!INGEST_EXTENSIONS.includes(ext)) {
    throw new UserError(`\`${file.name.replace(/`/g, "'")}\` is not an article file: only ${INGEST_EXTENSIONS.join(', ')} files can be added.`);
  }
  if (file.contentType && !formatOfContentType(file.contentType)) {
    throw new UserError(`That file is ${file.contentType.split(';')[0]}, not text: only ${INGEST_EXTENSIONS.join(', ')} files can be added.`);
  }
  if (file.size > ATTACHMENT_MAX_BYTES) {
    throw new UserError(`That file is ${(file.size / 1024 / 1024).toFixed(1)} MiB; an attachment may be at most ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MiB.`);
  }
}

function bulletList(title: string, items: string[], none: string): string {
  if (!items.length) return `**${title}**\n${none}`;
  const shown = items.slice(0, LIST_MAX).map((i) => `• ${escapeText(i)}`);
  if (items.length > LIST_MAX) shown.push(`… and ${items.length - LIST_MAX} more`);
  return `**${title}**\n${shown.join('\n')}`;
}

/** The reply to a moderator: what was added, and what it brought that the corpus did not have. */
export function addedReply(outcome: Extract<IngestOutcome, { status: 'added' }>, brought: NewAnnotations, articles: number): CommandReply {
  const a = outcome.article;
  const source = [a.publisher ? `**${escapeText(a.publisher)}**` : '*Unknown publisher*', a.published ?? 'date unknown'];
  if (outcome.byline) source.push(`by ${escapeText(outcome.byline)}`);
  return {
    pages: pagesOf({
      title: 'Article added',
      intro: [
        link(escapeText(a.title.replace(/[[\]]/g, '')), a.url),
        `${source.join(' · ')} · ${outcome.passages} passage${outcome.passages === 1 ? '' : 's'}`,
        `\`${a.id}\``,
      ].join('\n'),
      blocks: [
        bulletList('New dates', brought.dates, 'None the corpus did not already have.'),
        bulletList('Crowd estimates', brought.crowd, 'None found.'),
        bulletList('New names', brought.names, 'None the corpus did not already have.'),
      ],
      perPage: 3,
      footer: `Every command now answers from ${articles} article${articles === 1 ? '' : 's'}`,
    }),
  };
}

/** What the moderator asked for, checked before anything is acknowledged or downloaded. */
function requestOf(file: Attachment | null, url: string | null): { file: Attachment } | { url: string } {
  if (file && url) throw new UserError('Give either a file or a link, not both.');
  if (url) return { url: url.trim() };
  if (!file) throw new UserError('Attach a .txt, .md or .html file, or give a link to the article.');
  checkAttachment(file);
  return { file };
}

async function sourceOf(request: { file: Attachment } | { url: string }): Promise<IngestSource> {
  if ('url' in request) return { kind: 'url', url: request.url };
  const { file } = request;
  try {
    const page = await fetchPage(file.url, DOWNLOAD_LIMITS);
    return { kind: 'bytes', name: file.name, bytes: page.bytes, contentType: file.contentType ?? undefined };
  } catch (err) {
    if (err instanceof IngestError) throw new UserError(`I could not download the attachment (${err.message.replace(file.url, 'the file')}).`, 'unavailable');
    throw err;
  }
}

/** Who asks and what they give, checked before anything is acknowledged (and again when run). */
function checkedRequest(interaction: CommandContext['interaction']) {
  if (!isModerator(interaction.memberPermissions)) {
    throw new UserError('Only moderators (Manage Messages or Manage Server) can add articles.', 'forbidden');
  }
  return requestOf(interaction.options.getAttachment('file'), interaction.options.getString('link'));
}

export const ingestCommand: CommandModule = {
  data: new SlashCommandBuilder()
    .setName('ingest')
    .setDescription('Moderators: add an article (a .txt, .md or .html file, or a link) to the corpus.')
    .addAttachmentOption((o) => o.setName('file').setDescription('The article as a .txt, .md or .html file'))
    .addStringOption((o) => o.setName('link').setDescription('A link (http or https) to the article').setMaxLength(2000))
    .addStringOption((o) =>
      o.setName('story').setDescription("Which of this server's stories to add it to (default: this channel's)").setMaxLength(32).setAutocomplete(true),
    )
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageMessages)
    .setContexts(...SERVERS_ONLY.contexts)
    .setIntegrationTypes(...SERVERS_ONLY.integrationTypes)
    .toJSON(),
  // Privately: a duplicate or a refused page is the moderator's business, and an error after a public
  // "thinking…" could not be made private (Discord edits the deferred message in place).
  defer: 'ephemeral',
  validate: ({ interaction, story }) => {
    checkedRequest(interaction);
    if (isSample(story)) {
      throw new UserError(
        'The **sample** story is read-only. Make a story of this server with `/story create`, then `/story use` it in this channel or give `story:` here; `/story create name from-sample:true` copies the sample into it.',
        'refused',
      );
    }
  },
  async execute(ctx) {
    const { interaction, store } = ctx;
    const request = checkedRequest(interaction);
    await ctx.defer({ ephemeral: true });
    const source = await sourceOf(request);
    const report = await ingest([source], store.dir, { load: () => store.reload(), fetchLimits: linkLimits(ctx.allowPrivateLinks) });
    const outcome = report.outcomes[0]!;
    if (outcome.status === 'duplicate') throw new UserError(escapeText(outcome.message.replace(/^not added: /, 'Not added: ')));
    if (outcome.status === 'refused') throw new UserError(`Not added: ${escapeText(outcome.message)}`);
    // A reload already under way when the file landed may have missed it; one more picks it up.
    const after = report.after.articleById.has(outcome.article.id) ? report.after : await store.reload();
    ctx.logger.info({ article: outcome.article.id, passages: outcome.passages, user: interaction.user.id }, 'article ingested');
    return addedReply(outcome, newAnnotations(report.before, after, outcome.article.id), after.articles.length);
  },
};
