/** An article as the rest of the pipeline sees it, after validation. */
export interface Article {
  /** Stable id: the file name without its extension. */
  id: string;
  /** File name inside the corpus folder. */
  file: string;
  title: string;
  publisher: string | null;
  /** YYYY-MM-DD, or null when neither front matter nor a dateline gives it. */
  published: string | null;
  url: string | null;
  /** Offset in the file text where the body (after any front matter) starts. */
  bodyStart: number;
}

/** One problem with one file; the file is skipped, the others still load. */
export interface CorpusProblem {
  /** The file's name in the corpus folder; for a folder problem, the folder. */
  file: string;
  /** What is wrong, in plain words, without the file's name (shown as `file: message`). */
  message: string;
  /**
   * 'folder': the corpus folder itself could not be read (missing, a file, no
   * permission), so there is no corpus at all. Set only on such a problem.
   */
  scope?: 'folder';
  /**
   * For a problem that time alone solves (a publication date after tomorrow):
   * the UTC day (YYYY-MM-DD) from which the file may load. A snapshot that
   * holds such a problem is stale from that day on.
   */
  until?: string;
}

export interface ArticleSource {
  article: Article;
  /** The whole file text, decoded. Passage offsets index into this. */
  text: string;
}
