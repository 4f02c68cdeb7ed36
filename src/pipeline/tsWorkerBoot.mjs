// Starts a TypeScript worker under tsx (npm run ask, the bot in development, the tests): a worker
// thread does not inherit its parent's loader, so this registers tsx, then imports the entry.
// Plain JavaScript so it can run before any loader; the compiled build never uses it.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
