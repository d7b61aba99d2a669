// Feeds the round grid block by block from main for one filter, and keeps the counts for the filter controls.
import type { GridApi, IDatasource } from 'ag-grid-community';
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { RoundRow } from '#shared/api/roundTypes.ts';
import { call, errorMessage } from '../../kit/api.ts';
import type { RoundCounts, RoundFilter } from './roundFilter.ts';

export function useRoundBlocks(
  filter: RoundFilter,
  gridRef: RefObject<GridApi<RoundRow> | null>,
  onError: (message: string) => void,
): { datasource: IDatasource; counts: RoundCounts | null } {
  const [counts, setCounts] = useState<RoundCounts | null>(null);
  const shown = useRef<IDatasource | null>(null);

  const datasource = useMemo<IDatasource>(() => {
    const source: IDatasource = {
      getRows: (params) => {
        call('round.page', { ...filter, offset: params.startRow, limit: params.endRow - params.startRow }).then(
          ({ rows, total, countsByKind, countsByStatus }) => {
            // A late block of a filter no longer shown must not overwrite the current counts.
            if (shown.current === source) setCounts({ total, countsByKind, countsByStatus });
            params.successCallback(rows, total);
          },
          (e: unknown) => {
            params.failCallback();
            if (shown.current === source) onError(errorMessage(e));
          },
        );
      },
    };
    return source;
  }, [filter, onError]);

  // Ticks belong to the rows on screen: a new filter starts with none.
  useEffect(() => {
    shown.current = datasource;
    gridRef.current?.deselectAll();
  }, [datasource, gridRef]);

  return { datasource, counts };
}
