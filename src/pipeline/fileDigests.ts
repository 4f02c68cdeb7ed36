import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { listArticleFiles } from '../corpus/articleFiles.js';
import { writeAtomically } from './articleWork.js';
import { hashOfDigests, type FileDigest } from './corpusHash.js';

/** Each article file's name -> its size and change times: what tells a file changed without reading it. */
export type Listing = Map<string, string>;

/** The named files of `dir` listed now (a `stat` of each, a few hundred at a time); null once `wanted` says no, between them. */
async function statListing(dir: string, names: string[], wanted: () => boolean = () => true): Promise<Listing | null> {
  const listing: Listing = new Map();
  for (let i = 0; i < names.length; i += 256) {
    if (!wanted()) return null;
    const batch = names.slice(i, i + 256);
    const stats = await Promise.all(batch.map((n) => stat(path.join(dir, n))));
    stats.forEach((st, j) => listing.set(batch[j]!, `${st.size}\0${st.mtimeMs}\0${st.ctimeMs}`));
  }
  return listing;
}

/** The folder's article files as listed now; null when it cannot be listed (or once `wanted` says no). */
export async function folderListing(dir: string, wanted?: () => boolean): Promise<Listing | null> {
  try {
    return await statListing(dir, await listArticleFiles(dir), wanted);
  } catch {
    return null;
  }
}

/**
 * The folder's article files by name, each listed as in `before` when `before` lists it, else as it is
 * now: one read of the folder and a `stat` of the files new to it, not of every file (at 100,000
 * passages, 5,882 of them, 100–260 ms). It sees every file added or removed, but not a file changed in
 * place under its name: a caller that finds no change, or that has updated from it, takes the full
 * listing as well (store.ts). Null when the folder cannot be listed.
 */
export async function listingByNames(dir: string, before: Listing): Promise<Listing | null> {
  try {
    const names = await listArticleFiles(dir);
    const fresh = (await statListing(
      dir,
      names.filter((n) => !before.has(n)),
    ))!;
    return new Map(names.map((n) => [n, before.get(n) ?? fresh.get(n)!]));
  } catch {
    return null;
  }
}

/** Each file's digest, by name, with the listing entry (size and change times) it was read under. */
export type RememberedDigests = Map<string, { listed: string; digest: FileDigest }>;

/**
 * The digests of files just read, each with its entry in `listing`, which must
 * have been taken before the files were read: a file changed after it was
 * listed is then listed differently next time, and read again. A file not
 * in the listing (added meanwhile) is left out.
 */
export function rememberedFrom(listing: Listing | null, digests: FileDigest[]): RememberedDigests {
  const out: RememberedDigests = new Map();
  for (const digest of digests) {
    const listed = listing?.get(digest.name);
    if (listed !== undefined) out.set(digest.name, { listed, digest });
  }
  return out;
}

/** The files of `listing` (but `except`) whose digest `digests` does not hold under their entry now: to read for it. */
export function digestsUnknown(listing: Listing, digests: RememberedDigests, except: Set<string>): string[] {
  const out: string[] = [];
  for (const [name, listed] of listing) if (!except.has(name) && digests.get(name)?.listed !== listed) out.push(name);
  return out;
}

/**
 * The folder's content hash (as a build gives it) from each listed file's digest: `digests` first takes
 * the files just `read`, each under its entry in `listing` (taken before they were read), and drops the
 * files `listing` no longer has. Null when a listed file has no digest under its entry.
 */
export function folderHash(listing: Listing, digests: RememberedDigests, read: FileDigest[]): string | null {
  for (const digest of read) {
    const listed = listing.get(digest.name);
    if (listed !== undefined) digests.set(digest.name, { listed, digest });
  }
  for (const name of digests.keys()) if (!listing.has(name)) digests.delete(name);
  const order: FileDigest[] = [];
  for (const [name, listed] of listing) {
    const known = digests.get(name);
    if (known?.listed !== listed) return null;
    order.push(known.digest);
  }
  return hashOfDigests(order);
}

/**
 * The digests of a folder listed as `original` carried over to its copy, listed as `copy`: each only
 * where its file is still listed in the original as it was when read (the caller knows the copy has
 * the original's bytes: the original did not change while it was copied).
 */
export function copiedDigests(digests: RememberedDigests, original: Listing, copy: Listing): RememberedDigests {
  const out: RememberedDigests = new Map();
  for (const [name, listed] of copy) {
    const known = digests.get(name);
    if (known && original.get(name) === known.listed) out.set(name, { listed, digest: known.digest });
  }
  return out;
}

/*
 * A corpus's file digests are kept beside its snapshot (`digests-<corpus hash>.json`), pruned with it:
 * a process that loads the corpus from its snapshot then updates it in place (delta.ts) reading only
 * the files changed, not every file again to hash the folder (17.7 s at 100,000 passages).
 */

const digestsPath = (cacheDir: string, hash: string) => path.join(cacheDir, `digests-${hash}.json`);

const DigestsFile = z.object({
  hash: z.string(),
  /** name, listing entry, size, sha256 of the bytes */
  files: z.array(z.tuple([z.string(), z.string(), z.number().int().nonnegative(), z.string().regex(/^[0-9a-f]{64}$/)])),
});

/** Writes the digests of corpus `hash` atomically. Never fails: a cache that cannot be written costs speed, not an answer. */
export async function writeDigests(cacheDir: string, hash: string, digests: RememberedDigests): Promise<void> {
  const files = [...digests].map(([name, { listed, digest }]) => [name, listed, digest.size, digest.digest] as [string, string, number, string]);
  await writeAtomically(digestsPath(cacheDir, hash), JSON.stringify({ hash, files } satisfies z.input<typeof DigestsFile>)).catch(() => undefined);
}

/** The digests kept for corpus `hash`; empty when there are none or the file is not whole (then the files are read, as without it). */
export async function readDigests(cacheDir: string, hash: string): Promise<RememberedDigests> {
  const text = await readFile(digestsPath(cacheDir, hash), 'utf8').catch(() => null);
  const out: RememberedDigests = new Map();
  const parsed = DigestsFile.safeParse(parseJson(text));
  if (!parsed.success || parsed.data.hash !== hash) return out;
  for (const [name, listed, size, digest] of parsed.data.files) out.set(name, { listed, digest: { name, size, digest } });
  return out;
}

function parseJson(text: string | null): unknown {
  try {
    return text === null ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

/** Removes the digests of corpora whose snapshots are no longer kept. */
export async function pruneDigests(cacheDir: string, keepHashes: Set<string>): Promise<void> {
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  for (const name of names) {
    const match = /^digests-([0-9a-f]+)\.json$/.exec(name);
    if (match && !keepHashes.has(match[1]!)) await rm(path.join(cacheDir, name), { force: true }).catch(() => undefined);
  }
}
