import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/corpus/frontMatter.js';
import { parseArticleFile } from '../../src/corpus/readArticles.js';

/** Front-matter problems in plain words: one sentence per problem, naming the key, never a validator's internals. */

const enc = (s: string) => new TextEncoder().encode(s);
const file = (frontMatter: string) => enc(`---\n${frontMatter}\n---\nThe council met on Monday and voted to rebuild the bridge.\n`);
const problem = (frontMatter: string) => {
  const r = parseArticleFile('story.md', file(frontMatter));
  if (!('message' in r)) throw new Error(`expected a problem, got the article ${JSON.stringify(r.article)}`);
  return r.message;
};
const title = (frontMatter: string) => {
  const r = parseArticleFile('story.md', file(frontMatter));
  if ('message' in r) throw new Error(`expected an article, got: ${r.message}`);
  return r.article.title;
};

describe('front-matter messages', () => {
  it('a missing or empty title says so', () => {
    expect(problem('publisher: AP')).toBe('title is missing from the front matter');
    expect(problem('title:\npublisher: AP')).toBe('title is empty');
    expect(problem('title: ~')).toBe('title is empty');
    expect(problem('title: "   "')).toBe('title is empty');
  });

  it('never shows validator internals', () => {
    const messages = ['publisher: AP', 'title: [a, b]', 'title: x\nurl: nope', 'title: x\npublished: 12', 'title: x\nfoo: 1'].map(problem);
    for (const m of messages) expect(m).not.toMatch(/Invalid input|expected string|received|Nested mappings|compact mappings|zod/i);
  });

  it('a title YAML would read as a number, a boolean, a date or null-ish is the text the file says', () => {
    expect(title('title: 1984')).toBe('1984');
    expect(title('title: yes')).toBe('yes');
    expect(title('title: No')).toBe('No');
    expect(title('title: 2020-01-24')).toBe('2020-01-24');
    expect(title('title: 1e3')).toBe('1e3');
    expect(title('title: 0x1F')).toBe('0x1F');
    expect(title('title: .inf')).toBe('.inf');
    expect(title('title: 3.10')).toBe('3.10'); // not the number 3.1
    expect(title('title: "null"')).toBe('null'); // quoted, it is text
    // A bare title keeps all of its line, " #" and all (YAML alone would cut it to "We're").
    expect(title("title: We're #1 again")).toBe("We're #1 again");
    // Quoted titles are read as YAML quotes them.
    expect(title("title: 'It''s over'")).toBe("It's over");
    expect(title('title: "Chile protests: what we know"')).toBe('Chile protests: what we know');
  });

  it('an unquoted colon: put it in quotes, naming the key and the line to write', () => {
    expect(problem('title: Chile protests: what we know')).toBe(
      'put a title containing a colon in quotes, as in title: "Chile protests: what we know" (line 2)',
    );
    expect(problem('title: Fine\npublisher: AP: Wire')).toBe('put a publisher containing a colon in quotes, as in publisher: "AP: Wire" (line 3)');
    // A title that has a double quote of its own is suggested in single quotes.
    expect(problem('title: The "Iron Lady": a life')).toBe(`put a title containing a colon in quotes, as in title: 'The "Iron Lady": a life' (line 2)`);
  });

  it('unknown keys name the allowed keys, and the one probably meant', () => {
    expect(problem('title: x\nauthor: Jane Doe')).toBe('unknown key author: the front matter may have only title, publisher, published and url');
    expect(problem('title: x\ndate: 2020-01-24')).toBe(
      'unknown key date: the front matter may have only title, publisher, published and url (for date, write published)',
    );
    expect(problem('Title: x')).toBe(
      'title is missing from the front matter; unknown key Title: the front matter may have only title, publisher, published and url (write Title as title)',
    );
  });

  it('a bad date says the form wanted', () => {
    expect(problem('title: x\npublished: 24/01/2020')).toBe('published must be a date written YYYY-MM-DD, such as 2020-01-24, not 24/01/2020');
    expect(problem('title: x\npublished: yesterday')).toMatch(/^published must be a date written YYYY-MM-DD/);
    expect(problem('title: x\npublished: 2020-02-30')).toBe('published 2020-02-30 is not a real calendar date (write it YYYY-MM-DD)');
  });

  it('a date with a time is that day as written, whatever its zone', () => {
    const r = readFrontMatter('---\ntitle: x\npublished: 2020-01-24T23:30:00-05:00\n---\n');
    expect(r).toMatchObject({ kind: 'ok', data: { published: '2020-01-24' } });
  });

  it('other mistakes, one plain sentence each', () => {
    expect(problem('title: a\ntitle: b')).toBe('title is given twice (line 3); keep one');
    expect(problem('title: "Bridge reopens')).toBe('close the quote around the title on line 2, as in title: "Bridge reopens"');
    expect(problem('title: @council votes')).toBe('put a title that starts with @ in quotes, as in title: "@council votes" (line 2)');
    expect(problem('title: [draft')).toBe('line 2 of the front matter is not valid YAML; put the title in quotes, as in title: "[draft"');
    expect(problem('title: [a, b]')).toBe('title must be one line of text, not a list or a set of keys');
    expect(problem('title: x\nurl: javascript:alert(1)')).toBe('url javascript:alert(1) is not a web address; it must start with http:// or https://');
    expect(problem('just some words')).toBe('the front matter must be lines of key: value, such as title: What happened');
    expect(problem(`title: ${'x'.repeat(501)}`)).toBe('title is longer than 500 characters');
    // Several problems: each its own sentence.
    expect(problem('author: x\npublished: soon')).toBe(
      'title is missing from the front matter; published must be a date written YYYY-MM-DD, such as 2020-01-24, not soon; unknown key author: the front matter may have only title, publisher, published and url',
    );
  });

  it('an optional key left empty is as good as absent', () => {
    const r = parseArticleFile('story.md', file('title: Bridge\npublisher:\npublished:\nurl:'));
    expect(r).toMatchObject({ article: { title: 'Bridge', publisher: null, published: null, url: null } });
  });
});
