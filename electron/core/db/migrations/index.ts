// Static registry: bundled with the app, never read from disk. Append only; never edit a shipped step.
import { initial } from './2026-11-22-01-initial.ts';
import { round } from './2026-11-22-02-round.ts';
import { unitsKindActivityIndex } from './2026-11-22-03-units-kind-activity-index.ts';
import { decisions } from './2026-11-22-04-decisions.ts';
import { decisionTemplateScans } from './2026-11-22-05-decision-template-scans.ts';
import { exchange } from './2026-11-22-06-exchange.ts';
import { criteriaExchange } from './2026-11-22-07-criteria-exchange.ts';
import { incidentCriteria } from './2026-12-02-01-incident-criteria.ts';
import { rulesDocs } from './2026-12-02-02-rules-docs.ts';
import { auditAppendOnly } from './2026-12-02-03-audit-append-only.ts';
import { registrationPlanScope } from './2026-12-03-21-registration-plan-scope.ts';
import { voidedNumbers } from './2026-12-03-41-voided-numbers.ts';
import { removedDossierFiles } from './2026-12-03-42-removed-dossier-files.ts';
import { sampleData } from './2026-12-03-43-sample-data.ts';
import { models } from './2026-12-03-61-models.ts';
import { unitsExcludedIndex } from './2026-12-03-71-units-excluded-index.ts';
import type { Migration } from './types.ts';

export const MIGRATIONS: readonly Migration[] = [
  initial,
  round,
  unitsKindActivityIndex,
  decisions,
  decisionTemplateScans,
  exchange,
  criteriaExchange,
  incidentCriteria,
  rulesDocs,
  auditAppendOnly,
  registrationPlanScope,
  voidedNumbers,
  removedDossierFiles,
  sampleData,
  models,
  unitsExcludedIndex,
];
