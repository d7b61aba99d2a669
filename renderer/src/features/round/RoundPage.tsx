// The year's round: who registered, whose dossier is in and complete, results; bulk registration and USB intake.
import { FileSearchOutlined, FormOutlined, ReloadOutlined, UsbOutlined } from '@ant-design/icons';
import { AG_GRID_LOCALE_VN } from '@ag-grid-community/locale';
import type { GridApi, IRowNode } from 'ag-grid-community';
import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { App, Button, Empty, Input, Segmented, Select, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Campaign } from '../../../../shared/api/roundTypes.ts';
import { ROUND_STATUSES, ROUND_STATUS_LABELS, type RoundStatus } from '../../../../shared/domain/round.ts';
import { UNIT_KINDS, UNIT_KIND_LABELS, type UnitKind } from '../../../../shared/domain/units.ts';
import { foldText } from '../../../../shared/text/fold.ts';
import { formatNumberVi } from '../../../../shared/text/numbers.ts';
import { call, errorMessage } from '../../api.ts';
import { canWrite, useSession } from '../../app/session.tsx';
import { useYear } from '../../app/year.tsx';
import { BulkRegisterModal } from './BulkRegisterModal.tsx';
import { RegistrationModal } from './RegistrationModal.tsx';
import { roundColumns, type GridRow } from './roundColumns.tsx';
import { RoundTargets } from './RoundTargets.tsx';
import { UsbAttachWizard } from './UsbAttachWizard.tsx';

ModuleRegistry.registerModules([AllCommunityModule]);

const LOCALE = { ...AG_GRID_LOCALE_VN, noRowsToShow: 'Không có đơn vị nào phù hợp' };

type Dialog = { type: 'bulk' } | { type: 'usb' } | { type: 'registration'; row: GridRow } | null;

export function RoundPage(props: { onOpenDossier: (dossierId: number) => void }) {
  const year = useYear();
  const { state } = useSession();
  const writable = canWrite(state);
  const { message, modal } = App.useApp();
  const [campaign, setCampaign] = useState<Campaign | null | undefined>(undefined);
  const [rows, setRows] = useState<GridRow[]>([]);
  const [loading, setLoading] = useState(true);
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<UnitKind | 'all'>('all');
  const [status, setStatus] = useState<RoundStatus | 'all'>('all');
  const [selected, setSelected] = useState<GridRow[]>([]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const gridRef = useRef<GridApi<GridRow> | null>(null);
  const request = useRef(0);

  const load = useCallback(async () => {
    const mine = ++request.current;
    setLoading(true);
    try {
      const c = await call('campaigns.get', { year });
      const r = c ? await call('round.rows', { year }) : [];
      if (mine !== request.current) return; // the year changed meanwhile
      setCampaign(c);
      setRows(r.map((x) => ({ ...x, searchKey: foldText(x.unitName) })));
      gridRef.current?.deselectAll();
      setSelected([]);
    } catch (e) {
      if (mine === request.current) void message.error(errorMessage(e));
    } finally {
      if (mine === request.current) setLoading(false);
    }
  }, [year, message]);
  useEffect(() => void load(), [load]);

  const folded = useMemo(() => foldText(search), [search]);
  useEffect(() => gridRef.current?.onFilterChanged(), [folded, kind, status]);

  const columns = useMemo(
    () => roundColumns({ writable, onEditRegistration: (row) => setDialog({ type: 'registration', row }) }),
    [writable],
  );
  const kindCounts = useMemo(() => {
    const c = Object.fromEntries(UNIT_KINDS.map((k) => [k, 0])) as Record<UnitKind, number>;
    for (const r of rows) c[r.kind]++;
    return c;
  }, [rows]);
  const statusCounts = useMemo(() => {
    const c = Object.fromEntries(ROUND_STATUSES.map((s) => [s, 0])) as Record<RoundStatus, number>;
    for (const r of rows) if (kind === 'all' || r.kind === kind) c[r.status]++;
    return c;
  }, [rows, kind]);

  const openCampaign = async () => {
    try {
      await call('campaigns.open', { year });
      void message.success(`Đã mở đợt xét năm ${year}.`);
      await load();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  const openDossier = async (row: GridRow) => {
    if (row.dossierId !== null) return props.onOpenDossier(row.dossierId);
    if (!writable) return void message.info(`${row.unitName} chưa có hồ sơ năm ${year}.`);
    const create = async () => {
      try {
        props.onOpenDossier((await call('dossiers.open', { year, unitId: row.unitId })).id);
      } catch (e) {
        void message.error(errorMessage(e));
      }
    };
    if (row.registration) return create();
    modal.confirm({
      title: `${row.unitName} chưa đăng ký năm ${year}`,
      content: 'Đơn vị chưa có đăng ký thì không đạt tiêu chí 1. Vẫn tạo và mở hồ sơ?',
      okText: 'Vẫn mở hồ sơ',
      cancelText: 'Không',
      onOk: create,
    });
  };

  const closeDialog = (changed: boolean) => {
    setDialog(null);
    if (changed) {
      gridRef.current?.deselectAll();
      void load();
    }
  };

  if (campaign === null) {
    return (
      <div className="page">
        <Typography.Title level={4} style={{ margin: 0 }}>
          Đăng ký, hồ sơ năm {year}
        </Typography.Title>
        <Empty description={`Chưa mở đợt xét năm ${year}.`} style={{ marginTop: 48 }}>
          {writable ? (
            <Button type="primary" onClick={openCampaign}>
              Mở đợt xét năm {year}
            </Button>
          ) : (
            <Typography.Text type="secondary">Thường trực chưa mở đợt xét năm này.</Typography.Text>
          )}
        </Empty>
      </div>
    );
  }

  return (
    <div className="page">
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          Đăng ký, hồ sơ năm {year} <Tag>{formatNumberVi(rows.length)}</Tag>
        </Typography.Title>
        {campaign && (
          <Typography.Text type="secondary">
            Bộ tiêu chí: {campaign.criteriaSetName} (phiên bản {campaign.criteriaSetVersion})
          </Typography.Text>
        )}
      </Space>
      <RoundTargets rows={rows} />
      <Space wrap>
        <Input.Search
          allowClear
          placeholder="Tìm đơn vị (có dấu hoặc không dấu)"
          style={{ width: 300 }}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          aria-label="Tìm kiếm"
        />
        <Segmented
          value={kind}
          onChange={(v) => setKind(v as UnitKind | 'all')}
          options={[
            { value: 'all', label: `Tất cả (${rows.length})` },
            ...UNIT_KINDS.map((k) => ({ value: k, label: `${UNIT_KIND_LABELS[k]} (${kindCounts[k]})` })),
          ]}
        />
      </Space>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
        {writable && (
          <>
            <Button
              type="primary"
              icon={<FormOutlined />}
              aria-label="Đăng ký"
              disabled={selected.length === 0}
              onClick={() => setDialog({ type: 'bulk' })}
            >
              Đăng ký
            </Button>
            <Button icon={<UsbOutlined />} aria-label="Nhận tệp từ USB..." onClick={() => setDialog({ type: 'usb' })}>
              Nhận tệp từ USB...
            </Button>
          </>
        )}
        <Button
          icon={<FileSearchOutlined />}
          aria-label="Mở hồ sơ"
          disabled={selected.length !== 1}
          onClick={() => selected[0] && void openDossier(selected[0])}
        >
          Mở hồ sơ
        </Button>
        <Button icon={<ReloadOutlined />} onClick={() => void load()} aria-label="Tải lại" />
        <Typography.Text type="secondary" style={{ flex: 1 }}>
          {selected.length > 0 ? `Đã chọn ${formatNumberVi(selected.length)} đơn vị` : 'Nhấp đúp một dòng để mở hồ sơ.'}
        </Typography.Text>
        <Select<RoundStatus | 'all'>
          aria-label="Lọc theo trạng thái"
          style={{ width: 270 }}
          value={status}
          onChange={setStatus}
          options={[
            { value: 'all', label: `Mọi trạng thái (${ROUND_STATUSES.reduce((n, s) => n + statusCounts[s], 0)})` },
            ...ROUND_STATUSES.map((s) => ({ value: s, label: `${ROUND_STATUS_LABELS[s]} (${statusCounts[s]})` })),
          ]}
        />
      </div>
      <div className="grid-host" data-testid="round-grid">
        <AgGridReact<GridRow>
          theme={themeQuartz}
          rowData={rows}
          columnDefs={columns}
          loading={loading}
          localeText={LOCALE}
          getRowId={(p) => String(p.data.unitId)}
          suppressColumnVirtualisation
          selectionColumnDef={{ pinned: 'left', width: 48 }}
          defaultColDef={{ sortable: true, resizable: true }}
          onGridReady={(e) => {
            gridRef.current = e.api;
          }}
          rowSelection={{
            mode: 'multiRow',
            checkboxes: writable,
            headerCheckbox: writable,
            selectAll: 'filtered',
            enableClickSelection: !writable,
          }}
          onSelectionChanged={(e) => setSelected(e.api.getSelectedRows())}
          isExternalFilterPresent={() => folded !== '' || kind !== 'all' || status !== 'all'}
          doesExternalFilterPass={(node: IRowNode<GridRow>) =>
            !!node.data &&
            (kind === 'all' || node.data.kind === kind) &&
            (status === 'all' || node.data.status === status) &&
            (folded === '' || node.data.searchKey.includes(folded))
          }
          onRowDoubleClicked={(e) => e.data && void openDossier(e.data)}
        />
      </div>
      {dialog?.type === 'bulk' && (
        <BulkRegisterModal
          year={year}
          units={selected}
          deadlines={[
            ...new Set(
              (campaign?.windows ?? [])
                .filter((w) => selected.some((r) => r.kind === w.kind))
                .map((w) => w.registrationDeadline),
            ),
          ]}
          onClose={() => setDialog(null)}
          onDone={() => closeDialog(true)}
        />
      )}
      {dialog?.type === 'registration' && (
        <RegistrationModal
          year={year}
          row={dialog.row}
          onClose={() => setDialog(null)}
          onDone={() => closeDialog(true)}
        />
      )}
      {dialog?.type === 'usb' && <UsbAttachWizard year={year} rows={rows} onClose={closeDialog} />}
    </div>
  );
}
