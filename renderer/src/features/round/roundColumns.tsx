// Columns of the round grid: who registered, whose dossier is in and complete, the result, incidents.
// None sorts: the server sends blocks in Vietnamese name order, and a block-fed grid cannot re-sort on its own.
import { EditOutlined, WarningFilled } from '@ant-design/icons';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import { Button, Tooltip, Typography } from 'antd';
import type { RoundRow } from '#shared/api/roundTypes.ts';
import { RESULT_LABELS } from '#shared/domain/round.ts';
import { UNIT_KIND_LABELS, type UnitKind } from '#shared/domain/units.ts';
import { formatDateVi } from '#shared/text/dates.ts';
import { formatNumberVi } from '#shared/text/numbers.ts';
import { StatusTag } from '../../kit/labels.tsx';

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
    <Typography.Text type={short ? 'danger' : 'success'}>
      {data.componentsPresent}/{data.componentsRequired} thành phần
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
      width: 250,
      tooltipField: 'unitName',
    },
    {
      field: 'kind',
      headerName: 'Loại',
      width: 135,
      valueFormatter: (p) => (p.value ? UNIT_KIND_LABELS[p.value as UnitKind] : ''),
    },
    {
      field: 'status',
      headerName: 'Trạng thái',
      width: 200,
      cellRenderer: (p: Cell) => (p.data ? <StatusTag status={p.data.status} /> : null),
    },
    {
      colId: 'registeredOn',
      headerName: 'Ngày đăng ký',
      width: 120,
      valueGetter: (p) => p.data?.registration?.registeredOn ?? null,
      valueFormatter: (p) => formatDateVi(p.value as string | null),
    },
    {
      colId: 'households',
      headerName: 'Hộ đăng ký',
      headerTooltip: 'Số hộ đã đăng ký / tổng số hộ (khu dân cư cần 100%)',
      width: 115,
      type: 'rightAligned',
      valueGetter: (p) => p.data?.registration?.householdsRegistered ?? null,
      cellRenderer: Households,
    },
    {
      colId: 'components',
      headerName: 'Hồ sơ',
      width: 135,
      valueGetter: (p) => (p.data?.dossierId ? p.data.componentsPresent : null),
      cellRenderer: Components,
    },
    {
      field: 'receivedOn',
      headerName: 'Ngày nhận',
      width: 115,
      valueFormatter: (p) => formatDateVi(p.value as string | null),
    },
    { field: 'result', headerName: 'Kết quả', width: 150, cellRenderer: Result },
    { field: 'incidentCount', headerName: 'Vụ việc', width: 90, cellRenderer: Incidents },
  ];
  if (opts.writable) {
    columns.push({
      colId: 'actions',
      headerName: '',
      pinned: 'right',
      width: 150,
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
