// The unit registry: an AG Grid (Vietnamese locale) fed block by block from main, so 100,000 units scroll as
// smoothly as 40. Search ignores case and diacritics (đ = d), sorting follows Vietnamese collation.
import { DownloadOutlined, FileExcelOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { ColDef, GridApi, IDatasource } from 'ag-grid-community';
import { Button, Input, Segmented, Select, Space, Tag, Typography } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { UnitSource } from '#shared/api/schemas.ts';
import type { Unit } from '#shared/api/types.ts';
import { UNIT_KINDS, UNIT_KIND_LABELS, UNIT_SUBTYPE_LABELS, type UnitKind } from '#shared/domain/units.ts';
import { formatDateVi } from '#shared/text/dates.ts';
import { formatNumberVi } from '#shared/text/numbers.ts';
import { shortOfficeName } from '#shared/text/officeName.ts';
import { call } from '../../kit/api.ts';
import { useReportError } from '../../kit/errors.ts';
import { DataGrid } from '../../kit/grid.tsx';
import { useGridColumns } from '../../kit/gridColumns.tsx';
import { useAction } from '../../kit/useAction.ts';
import { useCan } from '../../kit/useCan.ts';
import { useDebounced } from '../../kit/useDebounced.ts';
import { useLoad } from '../../kit/useLoad.ts';
import { UnitForm } from './UnitForm.tsx';

type StatusFilter = 'all' | 'active' | 'ended';
const BLOCK = 200;

/** Offices whose units this office holds, for the source filter; none at a commune that never received any. */
function useSendingOffices(): { id: number; name: string }[] {
  const { data } = useLoad('exchange.overview', {});
  return useMemo(() => (data?.offices ?? []).filter((x) => x.units > 0).map(({ id, name }) => ({ id, name })), [data]);
}

function status(u: Unit): string {
  if (u.mergedIntoName) return `Sáp nhập vào ${u.mergedIntoName} từ ${formatDateVi(u.activeUntil)}`;
  if (u.activeUntil) return `Hết hoạt động từ ${formatDateVi(u.activeUntil)}`;
  return 'Đang hoạt động';
}

// Only name and kind sort: both are indexed, so every block is a quick index range. The columns that matter show
// by default and fit 1366 pixels; the chooser adds the rest.
const COLUMNS: ColDef<Unit>[] = [
  { field: 'name', headerName: 'Tên đơn vị', width: 240, pinned: 'left', sortable: true, sort: 'asc' },
  {
    field: 'kind',
    headerName: 'Loại',
    flex: 1,
    minWidth: 125,
    sortable: true,
    valueFormatter: (p) => (p.value ? UNIT_KIND_LABELS[p.value as UnitKind] : ''),
  },
  {
    colId: 'subtype',
    headerName: 'Phân loại',
    width: 140,
    hide: true,
    valueGetter: (p) => (p.data?.subtype ? UNIT_SUBTYPE_LABELS[p.data.subtype] : ''),
  },
  { field: 'parentName', headerName: 'Thuộc', flex: 1, minWidth: 140 },
  // Empty for this office's own units; a commune's name for units received in its packages.
  {
    field: 'sourceOfficeName',
    headerName: 'Nhận từ',
    width: 170,
    hide: true,
    tooltipField: 'sourceOfficeName',
    valueFormatter: (p) => (p.value ? shortOfficeName(p.value as string) : ''),
  },
  { field: 'headName', headerName: 'Người đứng đầu', flex: 1, minWidth: 150 },
  { field: 'headPhone', headerName: 'Điện thoại', width: 120 },
  {
    field: 'households',
    headerName: 'Số hộ',
    width: 90,
    type: 'rightAligned',
    valueFormatter: (p) => formatNumberVi(p.value as number | null),
  },
  {
    field: 'population',
    headerName: 'Nhân khẩu',
    width: 110,
    hide: true,
    type: 'rightAligned',
    valueFormatter: (p) => formatNumberVi(p.value as number | null),
  },
  { field: 'address', headerName: 'Địa chỉ', flex: 1, minWidth: 160, hide: true },
  {
    colId: 'status',
    headerName: 'Tình trạng',
    flex: 1,
    minWidth: 170,
    tooltipValueGetter: (p) => (p.data ? status(p.data) : ''),
    valueGetter: (p) => (p.data ? status(p.data) : ''),
  },
];

export function UnitsPage({ onImport }: { onImport: () => void }) {
  const report = useReportError();
  const { run } = useAction();
  const [search, setSearch] = useState('');
  // Typing is debounced so a search runs once the secretary pauses.
  const query = useDebounced(search, 200);
  const [kind, setKind] = useState<UnitKind | 'all'>('all');
  const [statusFilter, setStatusFilter] = useState<StatusFilter>('all');
  const [source, setSource] = useState<UnitSource>('all');
  const offices = useSendingOffices();
  const [counts, setCounts] = useState<Record<UnitKind, number> | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const gridRef = useRef<GridApi<Unit> | null>(null);
  const writable = useCan('units.create');
  // "Nhận từ" matters once this office receives units from communes.
  const columns = useMemo(
    () => COLUMNS.map((c) => (c.field === 'sourceOfficeName' ? { ...c, hide: offices.length === 0 } : c)),
    [offices.length],
  );
  const { columnDefs, chooser } = useGridColumns('units', columns);

  const filters = useMemo(
    () => ({ search: query, status: statusFilter, source, ...(kind === 'all' ? {} : { kind }) }),
    [query, statusFilter, source, kind],
  );

  const datasource = useMemo<IDatasource>(() => {
    // Counted with the first block of each filter; later blocks reuse it.
    let known: number | null = null;
    return {
      getRows: (params) => {
        const sortModel = params.sortModel[0];
        call('units.page', {
          ...filters,
          sort: sortModel?.colId === 'kind' ? 'kind' : 'name',
          descending: sortModel?.sort === 'desc',
          offset: params.startRow,
          limit: params.endRow - params.startRow,
          withCounts: params.startRow === 0 || known === null,
        }).then(
          (page) => {
            if (page.countsByKind) setCounts(page.countsByKind);
            if (page.total !== null) {
              known = page.total;
              setTotal(page.total);
            }
            params.successCallback(page.rows, known ?? undefined);
          },
          (e: unknown) => {
            params.failCallback();
            report(e);
          },
        );
      },
    };
  }, [filters, report]);

  const reload = useCallback(() => gridRef.current?.purgeInfiniteCache(), []);

  const exportXlsx = () =>
    run('export', () => call('units.exportXlsx', filters), {
      success: (result) => result && `Đã xuất ${result.count} đơn vị ra tệp ${result.fileName}.`,
    });

  const all = counts ? Object.values(counts).reduce((a, b) => a + b, 0) : null;
  return (
    <div className="page">
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          Danh sách đơn vị {total !== null && <Tag>{formatNumberVi(total)}</Tag>}
        </Typography.Title>
        <Space wrap>
          {writable && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              Thêm đơn vị
            </Button>
          )}
          {writable && (
            <Button icon={<FileExcelOutlined />} onClick={onImport}>
              Nhập từ Excel
            </Button>
          )}
          <Button icon={<DownloadOutlined />} onClick={exportXlsx}>
            Xuất Excel
          </Button>
          {chooser}
          <Button icon={<ReloadOutlined />} onClick={reload} aria-label="Tải lại" />
        </Space>
      </Space>
      <Space wrap>
        <Input.Search
          allowClear
          placeholder="Tìm theo tên, địa chỉ, người đứng đầu (gõ có dấu hoặc không dấu)"
          style={{ width: 460 }}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          aria-label="Tìm kiếm"
        />
        <Select<StatusFilter>
          aria-label="Tình trạng"
          style={{ width: 190 }}
          value={statusFilter}
          onChange={setStatusFilter}
          options={[
            { value: 'all', label: 'Mọi tình trạng' },
            { value: 'active', label: 'Đang hoạt động' },
            { value: 'ended', label: 'Đã sáp nhập, giải thể' },
          ]}
        />
        {offices.length > 0 && (
          <Select<UnitSource>
            aria-label="Nguồn"
            style={{ width: 240 }}
            value={source}
            onChange={setSource}
            options={[
              { value: 'all', label: 'Mọi nguồn' },
              { value: 'own', label: 'Của cơ quan này' },
              { value: 'received', label: 'Nhận từ xã, phường khác' },
              {
                label: 'Nhận từ từng xã, phường',
                options: offices.map((o) => ({ value: o.id, label: shortOfficeName(o.name), title: o.name })),
              },
            ]}
          />
        )}
      </Space>
      <Segmented
        value={kind}
        onChange={(v) => setKind(v as UnitKind | 'all')}
        options={[
          { value: 'all', label: `Tất cả (${all ?? '…'})` },
          ...UNIT_KINDS.map((k) => ({ value: k, label: `${UNIT_KIND_LABELS[k]} (${counts?.[k] ?? '…'})` })),
        ]}
      />
      <div className="grid-host" data-testid="units-grid">
        <DataGrid<Unit>
          blockSize={BLOCK}
          datasource={datasource}
          columnDefs={columnDefs}
          rowId={(u) => u.id}
          apiRef={gridRef}
          onRowDoubleClicked={(e) => e.data && writable && setEditing(e.data)}
          rowSelection={{ mode: 'singleRow', enableClickSelection: true, checkboxes: false }}
          onCellKeyDown={(e) => {
            const key = (e.event as KeyboardEvent | undefined)?.key;
            if (key === 'Enter' && e.data && writable) setEditing(e.data);
          }}
        />
      </div>
      {editing && (
        <UnitForm
          unit={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
        />
      )}
    </div>
  );
}
