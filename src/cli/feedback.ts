import { fromEnvironment, loadSettings } from '../config/settings.js';
import { runMain } from '../process/runMain.js';
import { renderFeedback } from '../render/terminal/feedback.js';
import { StateDatabase } from '../state/database.js';
import { FeedbackStore, feedbackSalt } from '../state/feedback.js';
import { commandLine, HELP } from './commandLine.js';

const USAGE = [
  'usage: npm run feedback [-- --server ID] [--limit N] [--json]',
  '',
  'The 👍 and 👎 given to the bot’s answers (the state folder EVENTDESK_STATE_DIR), worst rated first:',
  'per command, then per question or command with its options. --server: one server’s only.',
].join('\n');

async function main(argv: string[]): Promise<number> {
  const parsed = commandLine(argv, { server: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' }, ...HELP }, USAGE);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const limit = values.limit === undefined ? 25 : Number(values.limit);
  if (positionals.length || !Number.isInteger(limit) || limit < 1 || limit > 1000) {
    process.stderr.write(
      `error: ${positionals.length ? `unexpected ${positionals.join(' ')}` : '--limit must be a whole number from 1 to 1000'}\n\n${USAGE}\n`,
    );
    return 2;
  }
  if (values.server !== undefined && !/^\d{15,21}$/.test(values.server)) {
    process.stderr.write(`error: --server must be a server id (15 to 21 digits)\n\n${USAGE}\n`);
    return 2;
  }
  const settings = fromEnvironment(loadSettings);
  if (!settings) return 2;
  const state = StateDatabase.open(settings.stateDir);
  try {
    const report = new FeedbackStore(state, feedbackSalt(settings.stateDir)).report(values.server, limit);
    process.stdout.write(`${values.json ? JSON.stringify(report, null, 2) : renderFeedback(report)}\n`);
  } finally {
    state.close();
  }
  return 0;
}

runMain(() => main(process.argv.slice(2)));
