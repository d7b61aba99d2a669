// AG Grid set up once for every screen: community modules, the quartz theme, Vietnamese texts, resizable columns.
import { AG_GRID_LOCALE_VN } from '@ag-grid-community/locale';
import type { GridApi } from 'ag-grid-community';
import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community';
import { AgGridReact, type AgGridReactProps } from 'ag-grid-react';
import type { RefObject } from 'react';

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
      defaultColDef={{ sortable, resizable: true }}
      {...props}
      onGridReady={(e) => {
        if (apiRef) apiRef.current = e.api;
        props.onGridReady?.(e);
      }}
    />
  );
}
