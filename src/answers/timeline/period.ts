import type { TimelineAnswer } from './answer.js';

/** What days the timeline covers, in words both renderers use; `widen` names the options that change it. */
export function coverage(period: TimelineAnswer['period'], widen: string): string {
  if (period.reportingPeriod)
    return `the reporting period, ${period.from} to ${period.to} (a month before the first report to the last; ${widen} for other dates)`;
  if (period.from && period.to) return `from ${period.from} to ${period.to}`;
  if (period.from) return `from ${period.from} on`;
  if (period.to) return `up to ${period.to}`;
  return 'every date the articles give';
}
