import type { ArticleSource } from '../corpus/types.js';
import { LINK_LIST_HEADER, captionCredit, captionLabelLength, chromeKind, datelinePrefixLength, isKicker, isListItem, isShortLabel } from './boilerplate.js';
import { chromeRule, speaksOfClip, updateStampLength } from './chromeRules.js';
import {
  AUTHOR_BOX_TAIL,
  CHROME_BLOCK_HEADER,
  isAuthorBox,
  isBodyKicker,
  isMediaTitle,
  isPitchCopy,
  isReaderQuestion,
  isSignOffName,
  isWidgetCaption,
  teaserRail,
} from './chromeRuns.js';
import { splitSentences, type Span } from './sentences.js';
import type { Passage, PassageKind } from './types.js';

const BULLET = /^[-*•]\s+/;

/**
 * Paragraph spans of a body. A line is a paragraph, except in a block of
 * hard-wrapped lines (all but the last long and not ending a sentence),
 * which is joined into one.
 */
export function paragraphSpans(text: string, from: number): Span[] {
  const spans: Span[] = [];
  const lineRe = /[^\r\n]*(\r?\n|$)/g;
  lineRe.lastIndex = from;
  const lines: Span[] = [];
  for (let m = lineRe.exec(text); m && m.index < text.length; m = lineRe.exec(text)) {
    lines.push({ start: m.index, end: m.index + m[0].length - m[1]!.length });
    if (m[0].length === 0) break;
  }
  let block: Span[] = [];
  const flush = () => {
    if (!block.length) return;
    if (looksHardWrapped(text, block)) spans.push({ start: block[0]!.start, end: block.at(-1)!.end });
    else spans.push(...block);
    block = [];
  };
  for (const line of lines) {
    if (text.slice(line.start, line.end).trim() === '') flush();
    else block.push(line);
  }
  flush();
  return spans;
}

function looksHardWrapped(text: string, block: Span[]): boolean {
  if (block.length < 2) return false;
  return block.slice(0, -1).every((l) => {
    const line = text.slice(l.start, l.end);
    return line.length >= 40 && line.length <= 100 && !/[.!?:"”]\s*$/.test(line) && !BULLET.test(line);
  });
}

/** Turns one validated article into its quotable passages; chrome never becomes a passage. */
export function extractPassages(source: ArticleSource): Passage[] {
  const { article, text } = source;
  const passages: Passage[] = [];
  const seen = new Set<string>();
  let inLinkList = false;
  let inChromeBlock = false;
  let inComments = false;
  let paragraph = 0;
  let sawHeadline = false;
  const spans = paragraphSpans(text, article.bodyStart);
  const headlineAhead = spans.some((span) => sameWords(text.slice(span.start, span.end), article.title));
  const paragraphs = spans.map((span) => text.slice(span.start, span.end).trim());
  // What the rules say of each paragraph, worked out once: the loop below asks several times, sentencesAfterEach too.
  const chromeOf = onceEach(paragraphs, (p) => chromeKind(p, article.publisher));
  const ruleOf = onceEach(paragraphs, chromeRule);
  const captionOf = onceEach(paragraphs, captionText);
  const sentencesAfter = sentencesAfterEach(paragraphs, chromeOf);
  const rail = teaserRail(paragraphs);
  let afterWidget = false;
  let afterMediaTitle = false;
  let inPitch = false;
  // A clip's description that its player prints twice: after the clip's title, and again as a caption with a credit.
  const creditedCaptions = new Set(paragraphs.flatMap((_, i) => captionOf(i) ?? []));
  const mediaDescriptions = new Set<string>();

  for (const [spanIndex, span] of spans.entries()) {
    let start = span.start;
    let end = span.end;
    const raw = text.slice(start, end).trim();
    // Reader comments run to the end of the page: nothing after their first header is the publisher's.
    if (inComments || ruleOf(spanIndex)?.kind === 'comments') {
      inComments = true;
      continue;
    }
    if (LINK_LIST_HEADER.test(raw)) {
      inLinkList = true;
      continue;
    }
    // A rail's list ends at the page's own headline, which some pages print after the rail (branch chrome10).
    if (inLinkList && isListItem(raw) && !isOwnHeadline(raw, article.title)) continue;
    inLinkList = false;
    if (rail.has(spanIndex)) continue;
    // The caption a media widget shows under its picture ("View photo", then "Name Name") names, it tells nothing.
    const widgetCaption = afterWidget && (isWidgetCaption(raw) || (isMediaTitle(raw) && !sameWords(raw, article.title)));
    afterWidget = ruleOf(spanIndex)?.name === 'media-widget';
    // The clip's description: furniture when it speaks of the clip; news told under it stays once, as the page's first copy.
    const description = afterMediaTitle && creditedCaptions.has(normalized(raw));
    afterMediaTitle = widgetCaption;
    if (description) mediaDescriptions.add(normalized(raw));
    if (widgetCaption || (description && speaksOfClip(raw))) continue;
    const caption = captionOf(spanIndex);
    if (caption && mediaDescriptions.has(caption)) continue;
    if (!passages.length && isBodyKicker(raw)) continue;
    if (isSignOffName(raw, paragraphs[spanIndex - 1], paragraphs[spanIndex + 1])) continue;
    // A question to the reader that heads a call for readers' stories ("How is this outbreak affecting you?").
    if (isReaderQuestion(raw) && spanIndex + 1 < paragraphs.length && ruleOf(spanIndex + 1)?.name === 'reader-callout') continue;
    if (CHROME_BLOCK_HEADER.test(raw)) {
      inChromeBlock = true;
      continue;
    }
    // An author box or a print-edition note runs on in lines that end no sentence (a name, a title, a page number).
    if (inChromeBlock && (!/[.!?]["”]?$/.test(raw) || isAuthorBox(raw))) continue;
    inChromeBlock = false;
    const chrome = chromeOf(spanIndex);
    // A pitch runs on in its box's sales copy: plan names, prices, short lines to the reader.
    if (chrome) {
      inPitch = chrome === 'pitch' || (inPitch && ruleOf(spanIndex)?.name === 'price-tag');
      continue;
    }
    if (inPitch && isPitchCopy(raw)) continue;
    inPitch = false;
    // An author box at the end runs on like one under "About the Author" (the next box, names of contributors).
    if (sentencesAfter[spanIndex]! <= AUTHOR_BOX_TAIL && isAuthorBox(raw)) {
      inChromeBlock = true;
      continue;
    }
    // A section label or a kicker above the headline ("World news", "Coast to coast...").
    if (!sawHeadline && headlineAhead && (isShortLabel(raw) || isKicker(raw)) && !sameWords(raw, article.title)) continue;

    const key = raw.replace(/\s+/g, ' ').toLowerCase();
    if (seen.has(key)) continue; // a paragraph repeated verbatim (a caption printed twice)
    seen.add(key);

    while (start < end && /\s/.test(text[start]!)) start++;
    const bullet = BULLET.exec(text.slice(start, end));
    if (bullet) start += bullet[0].length;
    start += datelinePrefixLength(text.slice(start, end));
    start += updateStampLength(text.slice(start, end));
    start += publisherPrefixLength(text.slice(start, end), article.publisher);

    let kind: PassageKind = 'body';
    const label = captionLabelLength(text.slice(start, end));
    start += label;
    const credit = captionCredit(text.slice(start, end));
    if (label) {
      kind = 'caption';
      if (credit) end = start + credit.creditStart;
    } else if (credit) {
      kind = 'caption';
      end = start + credit.creditStart;
    } else if (!sawHeadline && sameWords(text.slice(start, end), article.title)) {
      kind = 'headline';
      sawHeadline = true;
    }

    const body = text.slice(start, end);
    const sentences = kind === 'body' ? splitSentences(body) : splitSentences(body).length ? [{ start: 0, end: body.length }] : [];
    const chromeTail = trailingChrome(sentences.map((s) => body.slice(s.start, s.end).trim()));
    let emitted = false;
    for (const [i, s] of sentences.entries()) {
      const pStart = start + s.start;
      const pEnd = start + s.end - postLinkLength(body.slice(s.start, s.end));
      const passageText = trimEnds(text, pStart, pEnd);
      if (i > 0 && i >= sentences.length - chromeTail) continue;
      if (!passageText || !/\p{L}/u.test(passageText.text)) continue;
      passages.push({
        id: `${article.id}#${passages.length}`,
        articleId: article.id,
        paragraph,
        start: passageText.start,
        end: passageText.end,
        text: passageText.text,
        kind,
      });
      emitted = true;
    }
    if (emitted) paragraph++;
  }
  return passages;
}

/**
 * An embedded post's trailing short link ("… pic.twitter.com/7IJYBkhgep", "… https://t.co/alqD5TQFRD"): the network's
 * link to the post's picture or page, printed after its words. The passage keeps the words and ends before the link.
 */
const POST_LINK = /(?:^|\s)(?:pic\.twitter\.com\/\w+|https?:\/\/t\.co\/\w+)\s*$/;

function postLinkLength(sentence: string): number {
  let n = 0;
  for (let m = POST_LINK.exec(sentence); m; m = POST_LINK.exec(sentence.slice(0, sentence.length - n))) n += m[0].length;
  return n + agencySignOffLength(sentence.slice(0, sentence.length - n));
}

/**
 * A news agency's sign-off after the story's last sentence ("… after the hooter had sounded. - Sapa", "… on Monday. -- AAP"):
 * the wire a paper took the story from, set after a dash. The passage keeps the sentence and ends before the dash; a
 * dash inside a sentence ("… said the AP - a wire") has no sentence's end before it.
 */
const AGENCY_SIGN_OFF =
  /(?<=[.!?]["”’]?)\s+[-–—]{1,2}\s?(?:Sapa(?:-(?:AP|AFP|DPA|Reuters))?|AAP|AP|AFP|Reuters|PTI|IANS|NZPA|dpa|DPA|ANI|UNI|CP|PA|Xinhua|UPI|Bernama|KUNA|WAM|ANP|APA|RIA Novosti|Itar-Tass|Kyodo|Yonhap)\.?\s*$/u;

function agencySignOffLength(sentence: string): number {
  return AGENCY_SIGN_OFF.exec(sentence)?.[0].length ?? 0;
}

/** The kinds of chrome a paragraph's end may carry: a credit, a pitch, a byline or a syndication note; a label or a widget's word there is the paragraph's own tag. */
const TAIL_KINDS = new Set(['credit', 'pitch', 'author', 'syndication']);

/**
 * How many sentences at a paragraph's end are chrome by themselves: a credit the splitter cut off a caption ("… 2020.
 * Julien De Rosa/Pool via REUTERS"), a pitch or a byline glued to a story written as one block ("… officials.
 * Subscribe via iTunes …", "… government. (By Jane Roe) Enditem/"). Only a tail after a sentence of the paragraph's
 * own, so a paragraph that is chrome whole is read by the paragraph's rules, and a sentence inside the story stays.
 */
function trailingChrome(sentences: readonly string[]): number {
  let n = 0;
  while (n < sentences.length - 1 && isTail(chromeRule(sentences[sentences.length - 1 - n]!))) n++;
  return n;
}

/**
 * Widgets that end a paragraph as a marker of their own: "… on the Internet. Continued..." (a page's link to its next
 * page), "… should dump him. Full Story" (a teaser's link to its story).
 */
const TAIL_WIDGETS = new Set(['continued-marker', 'nav-label']);

const isTail = (rule: ReturnType<typeof chromeRule>) => !!rule && (TAIL_KINDS.has(rule.kind) || TAIL_WIDGETS.has(rule.name));

function normalized(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A caption's words without its credit, normalized; null when the paragraph ends with no credit. */
function captionText(paragraph: string): string | null {
  const credit = captionCredit(paragraph);
  return credit ? normalized(paragraph.slice(0, credit.creditStart)) : null;
}

/** `work` of each item, by index, done on first ask and remembered for the rest of one call (not module state). */
function onceEach<T, R>(items: readonly T[], work: (item: T) => R): (i: number) => R {
  const done: Array<{ value: R } | undefined> = new Array(items.length);
  return (i) => (done[i] ??= { value: work(items[i]!) }).value;
}

/** For each paragraph, how many later paragraphs end a sentence and are not chrome: where an author box may stand. */
function sentencesAfterEach(paragraphs: string[], chromeOf: (i: number) => ReturnType<typeof chromeKind>): number[] {
  const after: number[] = new Array<number>(paragraphs.length);
  let count = 0;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    after[i] = count;
    if (/[.!?]["”]?$/.test(paragraphs[i]!) && !chromeOf(i)) count++;
  }
  return after;
}

/** The publisher's name opening a paragraph as a dateline does ("PanARMENIAN.Net - Verified footage …"). */
function publisherPrefixLength(paragraph: string, publisher: string | null): number {
  if (!publisher || paragraph.slice(0, publisher.length).toLowerCase() !== publisher.toLowerCase()) return 0;
  const dash = /^\s*[-–—]{1,2}\s+(?=\S)/.exec(paragraph.slice(publisher.length));
  return dash ? publisher.length + dash[0].length : 0;
}

function trimEnds(text: string, start: number, end: number): { start: number; end: number; text: string } | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end, text: text.slice(start, end) } : null;
}

/** The page's own headline: the title's words, or their opening when the title carries the site's name after them ("… (from The Argus)"). */
function isOwnHeadline(line: string, title: string): boolean {
  const words = foldedWords(line);
  const titleWords = foldedWords(title);
  return words.split(' ').length >= 3 && (titleWords === words || titleWords.startsWith(`${words} `));
}

const foldedWords = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function sameWords(a: string, b: string): boolean {
  const f = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return f(a) === f(b);
}
