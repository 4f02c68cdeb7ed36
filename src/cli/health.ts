import { fromEnvironment, loadSettings } from '../config/settings.js';
import { runMain } from '../process/runMain.js';
import { readHealth } from '../ops/health.js';

/**
 * `npm run health` (and the container's HEALTHCHECK): exit 0 when a running
 * bot with this state folder reports that its gateway is READY and its corpus
 * loaded, 1 otherwise, with one line saying which. `--json` prints the reports.
 */
async function main(argv: string[]): Promise<number> {
  const settings = fromEnvironment(loadSettings);
  if (!settings) return 2;
  const verdict = await readHealth(settings.stateDir);
  process.stdout.write(argv.includes('--json') ? `${JSON.stringify(verdict, null, 2)}\n` : `${verdict.summary}\n`);
  return verdict.healthy ? 0 : 1;
}

runMain(() => main(process.argv.slice(2)));
