import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../src/ingest/paragraphs.js';

/** A report as a 2008 news page prints it (shapes of L3S-GN1 development pages; the text paraphrased). */
const STORY = [
  'The council voted on Tuesday to close two libraries in the north of the city by the end of March.',
  'Members said the branches cost more to run than any other and that visits had fallen by a third since 2004.',
  'Campaigners who packed the public gallery said they would take the decision to the courts if need be.',
  'The leader of the council said the savings would pay for longer opening hours at the central library.',
];
const p = (lines: readonly string[]) => lines.map((s) => `<p>${s}</p>`).join('');
/** The widget set between the story's second and third paragraphs, inside the story's box. */
const page = (widget: string) => `<div class="article">${p(STORY.slice(0, 2))}${widget}${p(STORY.slice(2))}</div>`;
const links = (n: number) =>
  `<ul>${Array.from({ length: n }, (_, i) => `<li><a href="/news/${i}">Headline of another story number ${i + 1} on the site</a></li>`).join('')}</ul>`;

describe('orphan-label', () => {
  // Each row: a widget whose label stands alone once its contents go (real labels of such widgets).
  const dropped: [string, string, string][] = [
    ["a box's title over its one link", "Today's Gazette", `<div class="bubble"><div class="linkbox"><h4>Today's Gazette</h4>${links(1)}</div></div>`],
    [
      'a sign-up box over its form',
      'Newsletter',
      '<div class="col"><h3>Newsletter</h3><form><label>Your e-mail</label><input name="e"><button>Go</button></form></div>',
    ],
    [
      'a label over a rail the page marks',
      'Latest:',
      `<div id="sidenews"><p class="text"><strong>Latest:</strong></p><div class="related-stories"><p>Ten more stories of the day, read them now</p></div></div>`,
    ],
    [
      'a heading over an advertisement',
      'Advertisements',
      '<div><h3>Advertisements</h3><div class="advert"><p>Cheap flights to the sun this winter</p></div></div>',
    ],
  ];
  it.each(dropped)('leaves out %s', (_name, label, widget) => {
    const out = paragraphsOf(page(widget));
    expect(out).not.toContain(label);
    expect(out).toEqual(STORY);
  });

  // Negative rows: a line that must stay.
  const kept: [string, string, string][] = [
    ['a subhead among the paragraphs', 'Gallery packed', page('<h3>Gallery packed</h3>')],
    ['a subhead alone in a wrapper of its own', 'Gallery packed', page('<div class="subhead"><h3>Gallery packed</h3></div>')],
    [
      'a subhead in a box with the story continued',
      'Gallery packed',
      `<div class="article">${p(STORY.slice(0, 2))}<div><h3>Gallery packed</h3>${p(STORY.slice(2))}</div></div>`,
    ],
    [
      "a picture's short caption beside its credit",
      'Ann Lee, a campaigner',
      page('<figure><figcaption><span>Ann Lee, a campaigner</span> <span class="credit">Daily Record</span></figcaption></figure>'),
    ],
    [
      'a table cell beside a linked one',
      'Northfield branch',
      page('<table><tr><td>Northfield branch</td><td><a href="/lib/1">Opening hours</a></td></tr></table>'),
    ],
    [
      'a headline before the story, whatever its box',
      'Libraries to close',
      `<div class="head"><h1>Libraries to close</h1><div class="share"><p>Share this</p></div></div>${page('')}`,
    ],
    ["a short list item of the story's own list", 'Northfield', page('<ul><li>Northfield</li><li>Easthill</li></ul>')],
  ];
  it.each(kept)('keeps %s', (_name, line, html) => {
    const out = paragraphsOf(html);
    expect(out.map((l) => l.replace(/^- /, ''))).toContain(line);
  });
});
