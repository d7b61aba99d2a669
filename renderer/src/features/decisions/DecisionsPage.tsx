// The year's recognition decisions: list, draft from the proposed units, and each decision's preview and steps
// (submit, record signing, issue). Leaders read; admins and staff write.
import { DownloadOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import { Button, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { DECISION_STATUS_LABELS, type Decision } from '#shared/api/decisionTypes.ts';
import { formatDateVi } from '#shared/text/dates.ts';
import { call } from '../../kit/api.ts';
import { DataGrid, dateFilter, numberFilter, textFilter } from '../../kit/grid.tsx';
import { useGridColumns } from '../../kit/gridColumns.tsx';
import { pickListFilter } from '../../kit/PickListFilter.tsx';
import { useAction } from '../../kit/useAction.ts';
import { useLoad } from '../../kit/useLoad.ts';
import { useSession } from '../../kit/session.tsx';
import { useCan } from '../../kit/useCan.ts';
import { useYear } from '../../kit/year.tsx';
import { CreateDecisionModal } from './CreateDecisionModal.tsx';
import { DecisionDetail } from './DecisionDetail.tsx';
import { decisionNumber } from './decisionText.ts';
import './decisions.css';
import { RegisterCard } from './RegisterCard.tsx';
import { STATUS_COLORS } from './statusColors.ts';
import { VerificationAlert, VerifyFileButton, type Checked } from './VerifyFileButton.tsx';
import { YearBasesCard } from './YearBasesCard.tsx';

export function DecisionsPage() {
  const { state } = useSession();
  const year = useYear();
  const writable = useCan('decisions.submit');
  const loaded = useLoad('decisions.list', { year });
  // A failed load shows an empty list rather than a spinner that never stops.
  const decisions = loaded.data ?? (loaded.error !== null ? [] : null);
  const setDecisions = (update: (list: Decision[]) => Decision[]) => loaded.set(update(decisions ?? []));
  const [openId, setOpenId] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const [verified, setVerified] = useState<Checked | null>(null);
  const { run, busy } = useAction();
  const columns = useMemo(() => decisionColumns((id) => setOpenId(id)), []);
  const { columnDefs, chooser } = useGridColumns('decisions', columns);
  const exportXlsx = () =>
    run('export', () => call('decisions.exportXlsx', { year }), {
      success: (result) => result && `Đã xuất ${result.count} quyết định ra tệp ${result.fileName}.`,
    });

  useEffect(() => setOpenId(null), [year]);

  // A changed or new decision replaces its row in place, so the list needs no reload.
  const replace = (d: Decision) =>
    setDecisions((list) => {
      return list.some((x) => x.id === d.id) ? list.map((x) => (x.id === d.id ? d : x)) : [...list, d];
    });

  const open = decisions?.find((d) => d.id === openId) ?? null;
  const verifyBar = verified && <VerificationAlert result={verified} onClose={() => setVerified(null)} />;

  if (open) {
    return (
      <div className="page decisions-page print-page">
        {verifyBar}
        <DecisionDetail
          decision={open}
          office={state.office}
          writable={writable}
          onBack={() => setOpenId(null)}
          onChanged={replace}
          onDeleted={(id) => {
            setOpenId(null);
            setDecisions((list) => list.filter((x) => x.id !== id));
          }}
        />
      </div>
    );
  }

  return (
    <div className="page decisions-page print-page">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          Quyết định công nhận năm {year}
        </Typography.Title>
        <Space wrap>
          <VerifyFileButton onResult={setVerified} />
          <Button icon={<DownloadOutlined />} loading={busy('export')} onClick={() => void exportXlsx()}>
            Xuất Excel
          </Button>
          {chooser}
          <Button icon={<ReloadOutlined />} onClick={loaded.reload}>
            Tải lại
          </Button>
          {writable && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              Lập quyết định
            </Button>
          )}
        </Space>
      </Space>
      {verifyBar}
      <div className="grid-host decisions-grid" data-testid="decisions-grid">
        <DataGrid<Decision>
          rowData={decisions ?? undefined}
          loading={decisions === null}
          columnDefs={columnDefs}
          sortable
          rowId={(d) => d.id}
          empty={`Năm ${year} chưa có quyết định công nhận nào.`}
          onRowClicked={(e) => e.data && setOpenId(e.data.id)}
          rowStyle={{ cursor: 'pointer' }}
        />
      </div>
      <RegisterCard
        year={year}
        version={(decisions ?? []).map((d) => `${d.id}:${d.status}:${d.number ?? ''}:${d.signedOn ?? ''}`).join(',')}
      />
      <YearBasesCard year={year} writable={writable} />
      {creating && (
        <CreateDecisionModal
          year={year}
          decisions={decisions ?? []}
          onClose={() => setCreating(false)}
          onCreated={(d) => {
            setCreating(false);
            replace(d);
            setOpenId(d.id);
          }}
        />
      )}
    </div>
  );
}

type Cell = ICellRendererParams<Decision>;

function decisionColumns(open: (id: number) => void): ColDef<Decision>[] {
  return [
    {
      colId: 'number',
      headerName: 'Số',
      pinned: 'left',
      width: 150,
      valueGetter: (p) => p.data?.number ?? null,
      cellRenderer: (p: Cell) =>
        p.data && (decisionNumber(p.data) ?? <Typography.Text type="secondary">(chưa có số)</Typography.Text>),
      ...numberFilter,
    },
    { field: 'subject', headerName: 'Trích yếu', flex: 1, minWidth: 260, tooltipField: 'subject', ...textFilter },
    {
      field: 'status',
      headerName: 'Trạng thái',
      width: 150,
      cellRenderer: (p: Cell) =>
        p.data && <Tag color={STATUS_COLORS[p.data.status]}>{DECISION_STATUS_LABELS[p.data.status]}</Tag>,
      ...pickListFilter(DECISION_STATUS_LABELS),
    },
    {
      field: 'signedOn',
      headerName: 'Ngày ký',
      width: 120,
      valueFormatter: (p) => formatDateVi(p.value as string | null),
      ...dateFilter,
    },
    { field: 'signerName', headerName: 'Người ký', width: 170, hide: true, ...textFilter },
    {
      colId: 'units',
      headerName: 'Số đơn vị',
      width: 110,
      type: 'rightAligned',
      valueGetter: (p) => p.data?.units.length ?? null,
      ...numberFilter,
    },
    {
      colId: 'actions',
      headerName: '',
      width: 80,
      sortable: false,
      cellRenderer: (p: Cell) =>
        p.data && (
          <Button size="small" onClick={() => p.data && open(p.data.id)}>
            Xem
          </Button>
        ),
    },
  ];
}
