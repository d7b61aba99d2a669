// Imports one package in its own process so a test can kill it (SIGKILL) at any moment.
// Usage: node exchangeCrashChild.ts DATA_DIR PACKAGE
import { openDataStore } from '../../electron/core/db/open.ts';
import { importExchangePackage as importPackage } from '../../electron/core/features/exchange/service.ts';
import { FIXED_NOW } from './services.ts';

const [dataDir, file] = process.argv.slice(2);
if (!dataDir || !file) {
  process.stderr.write('usage: exchangeCrashChild.ts DATA_DIR PACKAGE\n');
  process.exit(2);
}
const store = openDataStore(dataDir);
process.stdout.write('ready\n');
await importPackage({ store, actor: 'tester', now: () => FIXED_NOW }, file);
await store.close();
process.stdout.write('done\n');
