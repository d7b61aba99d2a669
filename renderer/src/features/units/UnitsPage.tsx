// The unit registry: a grid with Vietnamese locale and sorting, a diacritic-insensitive quick search, kind filter.
import { DownloadOutlined, FileExcelOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { AG_GRID_LOCALE_VN } from '@ag-grid-community/locale';
import type { ColDef, GridApi, IRowNode } from 'ag-grid-community';
import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { App, Button, Input, Segmented, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Unit } from '../../../../shared/api/types.ts';
import { UNIT_KINDS, UNIT_KIND_LABELS, UNIT_SUBTYPE_LABELS, type UnitKind } from '../../../../shared/domain/units.ts';
import { formatDateVi } from '../../../../shared/text/dates.ts';
import { compareVietnamese, foldText } from '../../../../shared/text/fold.ts';
import { formatNumberVi } from '../../../../shared/text/numbers.ts';
import { call, errorMessage } from '../../api.ts';
import { canWrite, useSession } from '../../app/session.tsx';
import { UnitForm } from './UnitForm.tsx';

ModuleRegistry.registerModules([AllCommunityModule]);

interface Row extends Unit {
  searchKey: string;
}

const textColumn = (field: keyof Row, headerName: string, extra: Partial<ColDef<Row>> = {}): ColDef<Row> => ({
  field,
  headerName,
  comparator: (a: string | null, b: string | null) => compareVietnamese(a ?? '', b ?? ''),
  filter: 'agTextColumnFilter',
  ...extra,
});

const numberColumn = (field: keyof Row, headerName: string): ColDef<Row> => ({
  field,
  headerName,
  width: 120,
  type: 'rightAligned',
  filter: 'agNumberColumnFilter',
  valueFormatter: (p) => formatNumberVi(p.value as number | null),
});

function status(u: Unit): string {
  if (u.mergedIntoName) return `Sáp nhập vào ${u.mergedIntoName} từ ${formatDateVi(u.activeUntil)}`;
  if (u.activeUntil) return `Hết hoạt động từ ${formatDateVi(u.activeUntil)}`;
  return 'Đang hoạt động';
}

export function UnitsPage({ onImport }: { onImport: () => void }) {
  const { state } = useSession();
  const { message } = App.useApp();
  const [rows, setRows] = useState<Row[]>([]);
  const [loading, setLoading] = useState(true);
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<UnitKind | 'all'>('all');
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const gridRef = useRef<GridApi<Row> | null>(null);
  const writable = canWrite(state);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      const units = await call('units.list', { includeInactive: true });
      setRows(
        units.map((u) => ({
          ...u,
          searchKey: foldText([u.name, u.address, u.headName, u.headPhone, u.parentName].filter(Boolean).join(' ')),
        })),
      );
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setLoading(false);
    }
  }, [message]);
  useEffect(() => void load(), [load]);

  const folded = useMemo(() => foldText(search), [search]);
  useEffect(() => gridRef.current?.onFilterChanged(), [folded, kind]);

  const columns = useMemo<ColDef<Row>[]>(
    () => [
      textColumn('name', 'Tên đơn vị', { flex: 2, minWidth: 220, pinned: 'left', sort: 'asc' }),
      {
        field: 'kind',
        headerName: 'Loại',
        width: 150,
        valueFormatter: (p) => UNIT_KIND_LABELS[p.value as UnitKind],
        comparator: (a: UnitKind, b: UnitKind) => compareVietnamese(UNIT_KIND_LABELS[a], UNIT_KIND_LABELS[b]),
      },
      textColumn('subtype', 'Phân loại', {
        width: 140,
        valueGetter: (p) => (p.data?.subtype ? UNIT_SUBTYPE_LABELS[p.data.subtype] : ''),
      }),
      textColumn('parentName', 'Thuộc', { width: 150 }),
      textColumn('headName', 'Người đứng đầu', { width: 170 }),
      textColumn('headPhone', 'Điện thoại', { width: 130 }),
      numberColumn('households', 'Số hộ'),
      numberColumn('population', 'Nhân khẩu'),
      textColumn('address', 'Địa chỉ', { flex: 1, minWidth: 160 }),
      textColumn('mergedIntoName', 'Tình trạng', {
        width: 230,
        valueGetter: (p) => (p.data ? status(p.data) : ''),
      }),
    ],
    [],
  );

  const counts = useMemo(() => {
    const c = Object.fromEntries(UNIT_KINDS.map((k) => [k, 0])) as Record<UnitKind, number>;
    for (const r of rows) c[r.kind]++;
    return c;
  }, [rows]);

  const exportXlsx = async () => {
    const ids: number[] = [];
    gridRef.current?.forEachNodeAfterFilterAndSort((n) => n.data && ids.push(n.data.id));
    try {
      const result = await call('units.exportXlsx', { ids });
      if (result) void message.success(`Đã xuất ${result.count} đơn vị ra tệp ${result.fileName}.`);
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  return (
    <div className="page">
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          Danh sách đơn vị <Tag>{rows.length}</Tag>
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
          <Button icon={<ReloadOutlined />} onClick={() => void load()} aria-label="Tải lại" />
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
        <Segmented
          value={kind}
          onChange={(v) => setKind(v as UnitKind | 'all')}
          options={[
            { value: 'all', label: `Tất cả (${rows.length})` },
            ...UNIT_KINDS.map((k) => ({ value: k, label: `${UNIT_KIND_LABELS[k]} (${counts[k]})` })),
          ]}
        />
      </Space>
      <div className="grid-host" data-testid="units-grid">
        <AgGridReact<Row>
          theme={themeQuartz}
          rowData={rows}
          columnDefs={columns}
          loading={loading}
          localeText={AG_GRID_LOCALE_VN}
          getRowId={(p) => String(p.data.id)}
          defaultColDef={{ sortable: true, resizable: true }}
          onGridReady={(e) => {
            gridRef.current = e.api;
          }}
          isExternalFilterPresent={() => folded !== '' || kind !== 'all'}
          doesExternalFilterPass={(node: IRowNode<Row>) =>
            !!node.data &&
            (kind === 'all' || node.data.kind === kind) &&
            (folded === '' || node.data.searchKey.includes(folded))
          }
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
          units={rows}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void load();
          }}
        />
      )}
    </div>
  );
}
