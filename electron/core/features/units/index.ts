// What other features use of units/; everything else in the folder is its own.
export { UNIT_COLUMNS, newUid, toColumns, unitDetails, type UnitColumnsRow } from './mapper.ts';
export { searchCondition } from './service.ts';
