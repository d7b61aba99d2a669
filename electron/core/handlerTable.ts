// The one handler table for the app, the e2e bridge and tests, assembled from the feature folders.
import { accountHandlers } from './features/accounts/handlers.ts';
import { backupHandlers } from './features/backup/handlers.ts';
import { exchangeHandlers } from './features/exchange/handlers.ts';
import { decisionHandlers } from './features/decisions/handlers.ts';
import { printingHandlers } from './features/printing/handlers.ts';
import { roundHandlers } from './features/round/handlers.ts';
import { settingsHandlers } from './features/settings/handlers.ts';
import { unitImportHandlers } from './features/unitImport/handlers.ts';
import { unitHandlers } from './features/units/handlers.ts';
import { assembleHandlers } from './api/dispatch.ts';
import { jobHandlers } from './api/jobs.ts';
import type { HandlerTable } from './api/types.ts';

export function createHandlerTable(): HandlerTable {
  return assembleHandlers(
    accountHandlers,
    settingsHandlers,
    unitHandlers,
    unitImportHandlers,
    roundHandlers,
    decisionHandlers,
    printingHandlers,
    jobHandlers,
    backupHandlers,
    exchangeHandlers,
  );
}
