// What other features use of units/; everything else in the folder is its own.
export { newUid, toColumns } from './mapper.ts';
export { searchCondition } from './service.ts';
