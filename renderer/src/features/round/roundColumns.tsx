// Columns of the round grid: who registered, whose dossier is in and complete, the result, incidents.
// Every column sorts and filters: main applies the grid's sort and filter models to the whole round (see
// shared/grid/roundCells.ts); only the columns that matter show by default, the chooser adds the rest.
import { EditOutlined, WarningFilled } from '@ant-design/icons';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import { Button, Tooltip, Typography } from 'antd';
import type { RoundRow } from '#shared/api/roundTypes.ts';
import { RESULT_LABELS, ROUND_STATUS_LABELS } from '#shared/domain/round.ts';
import { UNIT_KIND_LABELS, UNIT_SUBTYPE_LABELS, type UnitKind, type UnitSubtype } from '#shared/domain/units.ts';
import { formatDateVi } from '#shared/text/dates.ts';
import { formatNumberVi } from '#shared/text/numbers.ts';
import { dateFilter, numberFilter, textFilter } from '../../kit/grid.tsx';
import { StatusTag } from '../../kit/labels.tsx';
import { pickListFilter } from '../../kit/PickListFilter.tsx';

type Cell = ICellRendererParams<RoundRow>;

function Households({ data }: Cell) {
  const r = data?.registration;
  if (!data || data.kind !== 'khu_dan_cu' || !r) return null;
  const total = r.householdsTotal ?? data.households;
  const short = r.householdsRegistered === null || (total !== null && r.householdsRegistered < total);
  return (
    <Typography.Text type={short ? 'danger' : undefined}>
      {r.householdsRegistered === null ? '?' : formatNumberVi(r.householdsRegistered)}/{formatNumberVi(total) || '?'}
    </Typography.Text>
  );
}

function Components({ data }: Cell) {
  if (!data || data.dossierId === null) return null;
  const short = data.componentsPresent < data.componentsRequired;
  return (
    <Typography.Text
      type={short ? 'danger' : 'success'}
      aria-label={`${data.componentsPresent}/${data.componentsRequired} thành phần`}
    >
      {data.componentsPresent}/{data.componentsRequired}
    </Typography.Text>
  );
}

function Result({ data }: Cell) {
  if (!data?.result) return null;
  return (
    <Typography.Text type={data.result === 'dat' ? 'success' : 'danger'} strong>
      {RESULT_LABELS[data.result]}
      {data.overridden && <Typography.Text type="secondary"> (điều chỉnh)</Typography.Text>}
    </Typography.Text>
  );
}

function Incidents({ data }: Cell) {
  if (!data || data.incidentCount === 0) return null;
  return (
    <Tooltip title={`${data.incidentCount} vụ việc trong thời gian đánh giá`}>
      <span aria-label={`${data.incidentCount} vụ việc`} style={{ color: '#d46b08' }}>
        <WarningFilled /> {data.incidentCount}
      </span>
    </Tooltip>
  );
}

export function roundColumns(opts: {
  writable: boolean;
  onEditRegistration: (row: RoundRow) => void;
}): ColDef<RoundRow>[] {
  const columns: ColDef<RoundRow>[] = [
    {
      field: 'unitName',
      headerName: 'Tên đơn vị',
      pinned: 'left',
      width: 215,
      tooltipField: 'unitName',
      ...textFilter,
    },
    {
      field: 'kind',
      headerName: 'Loại',
      flex: 1,
      minWidth: 105,
      valueFormatter: (p) => (p.value ? UNIT_KIND_LABELS[p.value as UnitKind] : ''),
      ...pickListFilter(UNIT_KIND_LABELS),
    },
    {
      field: 'subtype',
      headerName: 'Phân loại',
      width: 130,
      hide: true,
      valueFormatter: (p) => (p.value ? UNIT_SUBTYPE_LABELS[p.value as UnitSubtype] : ''),
      ...pickListFilter(UNIT_SUBTYPE_LABELS),
    },
    { field: 'parentName', headerName: 'Thuộc', width: 140, hide: true, ...textFilter },
    {
      field: 'status',
      headerName: 'Trạng thái',
      flex: 2,
      minWidth: 160,
      cellRenderer: (p: Cell) => (p.data ? <StatusTag status={p.data.status} /> : null),
      ...pickListFilter(ROUND_STATUS_LABELS),
    },
    {
      colId: 'registeredOn',
      headerName: 'Ngày đăng ký',
      flex: 1,
      minWidth: 105,
      ...dateFilter,
      valueGetter: (p) => p.data?.registration?.registeredOn ?? null,
      valueFormatter: (p) => formatDateVi(p.value as string | null),
    },
    {
      colId: 'households',
      headerName: 'Hộ đăng ký',
      headerTooltip: 'Số hộ đã đăng ký / tổng số hộ (khu dân cư cần 100%)',
      flex: 1,
      minWidth: 95,
      type: 'rightAligned',
      ...numberFilter,
      valueGetter: (p) => p.data?.registration?.householdsRegistered ?? null,
      cellRenderer: Households,
    },
    {
      colId: 'components',
      headerName: 'Hồ sơ',
      headerTooltip: 'Số thành phần bắt buộc đã có / cần có',
      flex: 1,
      minWidth: 100,
      ...numberFilter,
      valueGetter: (p) => (p.data?.dossierId ? p.data.componentsPresent : null),
      cellRenderer: Components,
    },
    {
      field: 'receivedOn',
      headerName: 'Ngày nhận',
      width: 110,
      hide: true,
      ...dateFilter,
      valueFormatter: (p) => formatDateVi(p.value as string | null),
    },
    {
      field: 'result',
      headerName: 'Kết quả',
      flex: 1,
      minWidth: 100,
      cellRenderer: Result,
      ...pickListFilter(RESULT_LABELS),
    },
    {
      field: 'incidentCount',
      headerName: 'Vụ việc',
      width: 90,
      hide: true,
      cellRenderer: Incidents,
      ...numberFilter,
    },
  ];
  if (opts.writable) {
    columns.push({
      colId: 'actions',
      headerName: '',
      pinned: 'right',
      width: 150,
      sortable: false,
      cellRenderer: (p: Cell) =>
        p.data ? (
          <Button
            size="small"
            type="link"
            icon={<EditOutlined />}
            aria-label={`Đăng ký của ${p.data.unitName}`}
            onClick={() => p.data && opts.onEditRegistration(p.data)}
          >
            {p.data.registration ? 'Sửa đăng ký' : 'Ghi đăng ký'}
          </Button>
        ) : null,
    });
  }
  return columns;
}
