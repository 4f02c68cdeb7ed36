import type { ArticlePage, FeedEntry, FeedServer } from '../support/feedServer.js';

/** Keywords two of the fixture titles hold as whole words ("cleric", "embassy"); one item holds only "embassies". */
export const KEYWORDS = 'embassy, cleric';

/**
 * The fixture articles as feed items, plus two that test the rules: the third
 * embassy report again under another address (a duplicate once its original
 * is in), and a title with "Embassies", which is not the whole word "embassy".
 */
export function fixtureEntries(server: FeedServer, pages: ArticlePage[]): FeedEntry[] {
  server.serve('/articles/copy.html', 'text/html; charset=utf-8', pages[3]!.html);
  return [
    ...pages.map((p, n) => ({ id: `item-${n}`, title: p.title, summary: `Report number ${n} from the wire`, link: p.path })),
    { id: 'item-copy', title: 'Embassy standoff, as reported again', summary: 'A second link', link: '/articles/copy.html' },
    { id: 'item-plural', title: 'Embassies reopen across the region', summary: 'Consulates too', link: pages[0]!.path },
  ];
}

/** What the keywords take from fixtureEntries: fixtures 2, 3 and 4 added, the copy a duplicate. */
export const EXPECTED = { added: ['item-2', 'item-3', 'item-4'], duplicate: ['item-copy'], skipped: ['item-0', 'item-1', 'item-plural'] };
