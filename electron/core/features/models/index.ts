// What other features use of models/; everything else in the folder is its own.
export { countModels, countedModels, modelCounts, type CountedModel } from './counts.ts';
export { insertModel, applyModelAction } from './lifecycle.ts';
export { insertPoint, insertTeam } from './points.ts';
export { modelSummaries } from './queries.ts';
export { registryInUse, unitModelsInWindow, type UnitModelStanding } from './standing.ts';
