/** A stretch of text, [start, end) in code units. */
export interface Span {
  start: number;
  end: number;
}

/** Whether any of `spans` overlaps [start, end). */
export function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}
