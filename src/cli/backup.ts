import { fromEnvironment, loadSettings } from '../config/settings.js';
import { backup, restore } from '../ops/backup.js';
import { runMain } from '../process/runMain.js';
import { commandLine, HELP } from './commandLine.js';

const USAGE = [
  'usage: npm run backup -- <folder>             copy the articles and the state into a new dated folder inside <folder>',
  '       npm run backup -- --restore <backup>   put a backup back (stop the bot first); what was there is moved aside, not deleted',
  '',
  'The folders are the settings EVENTDESK_CORPUS_DIR and EVENTDESK_STATE_DIR (environment, then .env).',
].join('\n');

async function main(argv: string[]): Promise<number> {
  const parsed = commandLine(argv, { restore: { type: 'string' }, json: { type: 'boolean' }, ...HELP }, USAGE);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (values.restore ? positionals.length : positionals.length !== 1) {
    process.stderr.write(`error: name one folder to back up into, or --restore and a backup folder\n\n${USAGE}\n`);
    return 2;
  }
  const settings = fromEnvironment(loadSettings);
  if (!settings) return 2;
  const { corpusDir, stateDir } = settings;
  const out = (value: unknown, line: string) => process.stdout.write(values.json ? `${JSON.stringify(value, null, 2)}\n` : `${line}\n`);
  if (values.restore) {
    const done = await restore({ from: values.restore, corpusDir, stateDir, storiesDir: settings.storiesDir });
    const aside = done.movedAside.length ? `; what was there before is in ${done.movedAside.join(' and ')}` : '';
    out(
      { command: 'restore', from: values.restore, corpusDir, stateDir, ...done },
      `restored ${done.articles} article(s) into ${corpusDir} and the state into ${stateDir}${aside}`,
    );
    return 0;
  }
  const done = await backup({ corpusDir, stateDir, storiesDir: settings.storiesDir, cacheDir: settings.cacheDir, into: positionals[0]! });
  out(
    { command: 'backup', ...done },
    `backed up ${done.manifest.articles} article(s), ${done.manifest.stories} stor${done.manifest.stories === 1 ? 'y' : 'ies'} and the state to ${done.folder}`,
  );
  return 0;
}

runMain(() => main(process.argv.slice(2)));
