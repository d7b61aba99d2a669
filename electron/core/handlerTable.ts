// The one handler table for the app, the e2e bridge and tests, assembled from the feature folders. It sits above
// the features: the API kit in api/ is what they build on, and nothing below this file imports it.
import { assembleHandlers } from './api/dispatch.ts';
import { jobHandlers } from './api/jobs.ts';
import type { HandlerTable } from './api/types.ts';
import { accountHandlers } from './features/accounts/handlers.ts';
import { appraisalHandlers } from './features/appraisal/handlers.ts';
import { backupHandlers } from './features/backup/handlers.ts';
import { campaignHandlers } from './features/campaigns/handlers.ts';
import { decisionHandlers } from './features/decisions/handlers.ts';
import { demoHandlers } from './features/demo/handlers.ts';
import { dossierComponentHandlers } from './features/dossierComponents/handlers.ts';
import { dossierHandlers } from './features/dossiers/handlers.ts';
import { exchangeHandlers } from './features/exchange/handlers.ts';
import { incidentHandlers } from './features/incidents/handlers.ts';
import { modelHandlers } from './features/models/handlers.ts';
import { printingHandlers } from './features/printing/handlers.ts';
import { roundHandlers } from './features/round/handlers.ts';
import { securityTeamHandlers } from './features/securityTeams/handlers.ts';
import { settingsHandlers } from './features/settings/handlers.ts';
import { setupHandlers } from './features/setup/handlers.ts';
import { unitImportHandlers } from './features/unitImport/handlers.ts';
import { unitHandlers } from './features/units/handlers.ts';

export function createHandlerTable(): HandlerTable {
  return assembleHandlers(
    setupHandlers,
    accountHandlers,
    settingsHandlers,
    unitHandlers,
    unitImportHandlers,
    campaignHandlers,
    roundHandlers,
    dossierHandlers,
    dossierComponentHandlers,
    appraisalHandlers,
    incidentHandlers,
    decisionHandlers,
    printingHandlers,
    jobHandlers,
    backupHandlers,
    exchangeHandlers,
    modelHandlers,
    securityTeamHandlers,
    demoHandlers,
  );
}
