// The value of each round grid column for filtering, sorting and the spreadsheet: one definition for all three.
import type { RoundRow } from '../api/roundTypes.ts';
import type { CellValue } from './columnFilters.ts';

export function roundCell(row: RoundRow, colId: string): CellValue {
  switch (colId) {
    case 'unitName':
      return row.unitName;
    case 'kind':
      return row.kind;
    case 'subtype':
      return row.subtype;
    case 'parentName':
      return row.parentName;
    case 'status':
      return row.status;
    case 'registeredOn':
      return row.registration?.registeredOn ?? null;
    case 'households':
      return row.registration?.householdsRegistered ?? null;
    case 'components':
      return row.dossierId === null ? null : row.componentsPresent;
    case 'receivedOn':
      return row.receivedOn;
    case 'result':
      return row.result;
    case 'incidentCount':
      return row.incidentCount;
    default:
      return null;
  }
}
