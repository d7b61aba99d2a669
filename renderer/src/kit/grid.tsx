// AG Grid set up once for every screen: community modules, the quartz theme, Vietnamese texts, resizable columns,
// and the column filters every grid uses (text folded like the search box, numbers, days kept as ISO text).
import { AG_GRID_LOCALE_VN } from '@ag-grid-community/locale';
import type { GridApi } from 'ag-grid-community';
import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community';
import { AgGridReact, type AgGridReactProps } from 'ag-grid-react';
import type { RefObject } from 'react';
import { foldText } from '#shared/text/fold.ts';

ModuleRegistry.registerModules([AllCommunityModule]);

export interface DataGridProps<T> extends Omit<AgGridReactProps<T>, 'getRowId' | 'localeText' | 'theme'> {
  rowId(row: T): string | number;
  /** What the grid says when there is no row. */
  empty?: string;
  /** Rows come block by block from a datasource of this many rows. */
  blockSize?: number;
  sortable?: boolean;
  apiRef?: RefObject<GridApi<T> | null>;
}

export function DataGrid<T>({ rowId, empty, blockSize, sortable = false, apiRef, ...props }: DataGridProps<T>) {
  const blocks = blockSize
    ? { rowModelType: 'infinite' as const, cacheBlockSize: blockSize, maxBlocksInCache: 50 }
    : {};
  return (
    <AgGridReact<T>
      theme={themeQuartz}
      {...blocks}
      localeText={empty ? { ...AG_GRID_LOCALE_VN, noRowsToShow: empty } : AG_GRID_LOCALE_VN}
      getRowId={(p) => String(rowId(p.data))}
      defaultColDef={{ sortable, resizable: true, wrapHeaderText: true, autoHeaderHeight: true }}
      {...props}
      onGridReady={(e) => {
        if (apiRef) apiRef.current = e.api;
        props.onGridReady?.(e);
      }}
    />
  );
}

/** Text filter matching without case or diacritics ("dong" finds "Đông"). */
export const textFilter = {
  filter: 'agTextColumnFilter',
  filterParams: { textFormatter: (v: string | null) => (v === null ? null : foldText(v)) },
} as const;

export const numberFilter = { filter: 'agNumberColumnFilter' } as const;

/** Date filter over ISO "yyyy-mm-dd" cells, typed and shown as dd/mm/yyyy. */
export const dateFilter = {
  filter: 'agDateColumnFilter',
  filterParams: {
    browserDatePicker: true,
    comparator: (day: Date, cell: string | null) => {
      if (!cell) return -1;
      const wanted = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
      const value = cell.slice(0, 10);
      return value < wanted ? -1 : value > wanted ? 1 : 0;
    },
  },
} as const;
