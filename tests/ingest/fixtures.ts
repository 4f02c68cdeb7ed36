import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A throwaway folder; tests write their own corpora and caches into it. */
export async function tempDir(prefix = 'eventdesk-ingest-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

export async function writeFiles(dir: string, files: Record<string, string>): Promise<string[]> {
  const paths: string[] = [];
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name);
    await writeFile(file, text);
    paths.push(file);
  }
  return paths;
}

// A story that has nothing to do with the seed corpus: a flood in a made-up town.
export const FLOOD_WIRE_TXT = `Floodwaters force thousands from homes in Kestrel Bay
KESTREL BAY, March 3 (Wirepoint) - About 4,000 residents of Kestrel Bay left their homes on Tuesday after the Marrow River burst its banks following three days of rain, the town council said.

Emergency crews used boats to reach families stranded on the east bank, and the regional governor, Alma Reyes, declared a state of emergency on March 3, 2026.

"We have never seen the water rise this fast," said Tomas Lind, who runs a bakery near the old bridge.

Schools will stay closed until Friday, officials said.
`;

export const FLOOD_REPORT_MD = `---
title: "Kestrel Bay: the night the Marrow River rose"
publisher: The Valley Courier
published: 2026-03-05
---
The Marrow River crested at 6.2 metres late on Wednesday, the highest level since records began in 1911, according to the national hydrology office.

By Thursday morning more than 5,000 people had registered at the three shelters the council opened in school gyms.

Governor Alma Reyes toured the flooded districts by helicopter and promised funds for repairs within a month.

Sign up for our newsletter to get the Valley Courier delivered to your inbox.
`;

export const FLOOD_ARTICLE_HTML = `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>River levels fall in Kestrel Bay as residents return | The Lowland Herald</title>
<meta property="og:site_name" content="The Lowland Herald">
<meta property="og:title" content="River levels fall in Kestrel Bay as residents return">
<meta property="article:published_time" content="2026-03-08T21:40:00-05:00">
<meta name="author" content="Priya Nandakumar">
<link rel="canonical" href="https://lowlandherald.example/news/kestrel-bay-return">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
<header><h1>River levels fall in Kestrel Bay as residents return</h1><p class="byline">By Priya Nandakumar</p></header>
<article>
<p>Residents of Kestrel Bay began returning to their homes on Sunday as the Marrow River fell below its flood level for the first time in six days, the town council said.</p>
<p>About 1,200 homes were damaged, council officials said, and engineers were checking the old stone bridge before it could reopen to traffic.</p>
<p>"The mud is everywhere, but the house is standing," said   Ines Barros,
a retired teacher who had spent five nights in a shelter at the Kestrel Bay secondary school.</p>
<p>The regional governor, Alma Reyes, said on Saturday that the first repair grants would be paid within two weeks.</p>
<figure><img src="/img/street.jpg" alt=""><figcaption>A street in the east district of Kestrel Bay on March 8, 2026.</figcaption></figure>
</article>
<aside><h2>Read more</h2><ul><li><a href="/a">Council meeting postponed</a></li><li><a href="/b">Weekend weather outlook</a></li></ul></aside>
<footer><p>© 2026 The Lowland Herald. All rights reserved.</p><p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer>
</body></html>`;

export const NAV_ONLY_HTML = `<!doctype html><html><head><title>The Lowland Herald – Home</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<form action="/login"><label>Email <input name="email"></label><button>Sign in</button></form>
<footer><a href="/privacy">Privacy</a></footer>
</body></html>`;

/** A page as news sites really build them: share bar, inline promos, an ad slot, a newsletter box and related links inside the article. */
export const CLUTTERED_ARTICLE_HTML = `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Kestrel Bay council approves flood wall - Coastline Daily</title>
<meta property="og:site_name" content="Coastline Daily">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Kestrel Bay council approves flood wall","datePublished":"2026-04-14T09:15:00+01:00","author":{"@type":"Person","name":"Owen Hart"}}</script>
<script>window.dataLayer = [{"page":"article"}];</script>
<style>.share{display:flex}</style>
</head><body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
<header><a href="/">Coastline Daily</a><nav><a href="/news">News</a> <a href="/opinion">Opinion</a> <a href="/subscribe">Subscribe</a></nav></header>
<main>
<article>
<h1>Kestrel Bay council approves flood wall</h1>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
<p>Kestrel Bay's town council voted 9 to 2 on Monday night to build a 1.4-kilometre flood wall along the Marrow River, six weeks after the worst flooding the town has recorded.</p>
<p>The wall will cost about 18 million euros, most of it from a regional reconstruction fund, Mayor Hanne Vik told the meeting.</p>
<div class="ad-slot"><p>Advertisement</p></div>
<p>Residents of the east district, where about 1,200 homes were damaged in March, packed the public gallery and applauded the result.</p>
<aside class="newsletter"><p>Sign up for our morning newsletter and get the day's top stories delivered to your inbox.</p></aside>
<p>Two councillors voted against, arguing that the wall would cut the old harbour off from the river.</p>
<p>Read more: <a href="/kestrel-bay-flood">How the Marrow River flooded Kestrel Bay</a></p>
<p>Construction is due to begin in September and to take two years, the council said.</p>
</article>
<section class="related"><h2>Related stories</h2><ul><li><a href="/a">Shelters close as last families return home</a></li><li><a href="/b">Insurers brace for record claims</a></li></ul></section>
<section class="comments"><h2>Comments (14)</h2><p>Log in to comment.</p></section>
</main>
<footer><p>Copyright 2026 Coastline Daily. All rights reserved.</p></footer>
</body></html>`;
