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
  file: string;
  message: string;
}

export interface ArticleSource {
  article: Article;
  /** The whole file text, decoded. Passage offsets index into this. */
  text: string;
}
