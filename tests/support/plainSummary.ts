import type { Reporter } from 'vitest/reporters';

interface TaskLike {
  type: string;
  mode?: string;
  result?: { state?: string };
  tasks?: TaskLike[];
}

/** Ends the run with a plain "N passed, N failed" line that any CI log reader understands. */
export default class PlainSummary implements Reporter {
  onFinished(files: TaskLike[] = [], errors: unknown[] = []): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const visit = (task: TaskLike) => {
      if (task.tasks) task.tasks.forEach(visit);
      if (task.type !== 'test') return;
      if (task.result?.state === 'pass') passed++;
      else if (task.result?.state === 'fail') failed++;
      else skipped++;
    };
    files.forEach(visit);
    for (const file of files) if (file.result?.state === 'fail' && !file.tasks?.length) failed++;
    failed += errors.length;
    process.stdout.write(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}
