// The year's round: who registered, whose dossier is in and complete, results; bulk registration and USB intake.
// The grid is fed block by block from main, so a 100,000-unit year opens as fast as a small one.
import { DownloadOutlined, FileSearchOutlined, FormOutlined, ReloadOutlined, UsbOutlined } from '@ant-design/icons';
import type { GridApi } from 'ag-grid-community';
import { App, Button, Empty, Input, Segmented, Select, Space, Tag, Typography } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { RoundRow } from '#shared/api/roundTypes.ts';
import type { RoundStatus } from '#shared/domain/round.ts';
import type { ColumnFilters, ColumnSort } from '#shared/grid/columnFilters.ts';
import { UNIT_KINDS, type UnitKind } from '#shared/domain/units.ts';
import { formatNumberVi } from '#shared/text/numbers.ts';
import { call } from '../../kit/api.ts';
import { DataGrid } from '../../kit/grid.tsx';
import { useGridColumns } from '../../kit/gridColumns.tsx';
import { useAction } from '../../kit/useAction.ts';
import { useCan } from '../../kit/useCan.ts';
import { useDebounced } from '../../kit/useDebounced.ts';
import { useLoader } from '../../kit/useLoad.ts';
import { useYear } from '../../kit/year.tsx';
import { BulkRegisterModal } from './BulkRegisterModal.tsx';
import { RegistrationModal } from './RegistrationModal.tsx';
import { roundColumns } from './roundColumns.tsx';
import { describeFilter, kindOptions, roundFilter, statusOptions } from './roundFilter.ts';
import { RoundTargets } from './RoundTargets.tsx';
import { UsbAttachWizard } from './UsbAttachWizard.tsx';
import { useRoundBlocks } from './useRoundBlocks.ts';

const BLOCK = 200;

type Bulk = { unitIds: number[]; description: string; kinds: UnitKind[] };
type Dialog = ({ type: 'bulk' } & Bulk) | { type: 'usb' } | { type: 'registration'; row: RoundRow } | null;

export function RoundPage(props: { onOpenDossier: (dossierId: number) => void }) {
  const year = useYear();
  const writable = useCan('registrations.save');
  const { message, modal } = App.useApp();
  const { run, busy } = useAction();
  const loaded = useLoader(year, async () => {
    const [campaign, overview] = await Promise.all([call('campaigns.get', { year }), call('round.overview', { year })]);
    return { campaign, overview };
  });
  const { reload } = loaded;
  const campaign = loaded.data?.campaign;
  const [search, setSearch] = useState('');
  // Typing is debounced so a search runs once the secretary pauses.
  const query = useDebounced(search, 200);
  const [kind, setKind] = useState<UnitKind | 'all'>('all');
  const [status, setStatus] = useState<RoundStatus | 'all'>('all');
  const [selected, setSelected] = useState<RoundRow[]>([]);
  const [columnFilters, setColumnFilters] = useState<ColumnFilters>({});
  const [sort, setSort] = useState<ColumnSort | undefined>(undefined);
  const [dialog, setDialog] = useState<Dialog>(null);
  const gridRef = useRef<GridApi<RoundRow> | null>(null);

  const filter = useMemo(
    () => ({
      ...roundFilter(year, kind, status, query),
      ...(Object.keys(columnFilters).length ? { filters: columnFilters } : {}),
      ...(sort ? { sort } : {}),
    }),
    [year, kind, status, query, columnFilters, sort],
  );
  const showError = useCallback((text: string) => void message.error(text), [message]);
  const { datasource, counts } = useRoundBlocks(filter, gridRef, showError);
  const ready = campaign?.year === year;
  const figures = loaded.data?.overview ?? null;

  const refresh = useCallback(() => {
    gridRef.current?.deselectAll();
    gridRef.current?.purgeInfiniteCache();
    reload();
  }, [reload]);

  const columns = useMemo(
    () => roundColumns({ writable, onEditRegistration: (row) => setDialog({ type: 'registration', row }) }),
    [writable],
  );
  const { columnDefs, chooser } = useGridColumns('round', columns);

  const exportXlsx = () =>
    run('export', () => call('round.exportXlsx', filter), {
      success: (result) => result && `Đã xuất ${formatNumberVi(result.count)} đơn vị ra tệp ${result.fileName}.`,
    });

  const openCampaign = () =>
    run(
      'open',
      async () => {
        await call('campaigns.open', { year });
        reload();
      },
      { success: `Đã mở đợt xét năm ${year}.` },
    );

  const openDossier = async (row: RoundRow) => {
    if (row.dossierId !== null) return props.onOpenDossier(row.dossierId);
    if (!writable) return void message.info(`${row.unitName} chưa có hồ sơ năm ${year}.`);
    const create = () =>
      run('dossier', async () => props.onOpenDossier((await call('dossiers.open', { year, unitId: row.unitId })).id));
    if (row.registration) return create();
    modal.confirm({
      title: `${row.unitName} chưa đăng ký năm ${year}`,
      content: 'Đơn vị chưa có đăng ký thì không đạt tiêu chí 1. Vẫn tạo và mở hồ sơ?',
      okText: 'Vẫn mở hồ sơ',
      cancelText: 'Không',
      onOk: create,
    });
  };

  const registerSelected = () =>
    setDialog({
      type: 'bulk',
      unitIds: selected.map((r) => r.unitId),
      description: selected.map((r) => r.unitName).join(', '),
      kinds: selected.map((r) => r.kind),
    });

  const registerAll = () =>
    run('ids', async () => {
      const unitIds = await call('round.ids', filter);
      if (unitIds.length === 0) return void message.info('Không còn đơn vị nào phù hợp bộ lọc.');
      const kinds = filter.kind ? [filter.kind] : UNIT_KINDS.filter((k) => (counts?.countsByKind[k] ?? 1) > 0);
      setDialog({ type: 'bulk', unitIds, description: describeFilter(filter), kinds });
    });

  const closeDialog = (changed: boolean) => {
    setDialog(null);
    if (changed) refresh();
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

  const total = counts?.total ?? null;
  const registerAllLabel = `Đăng ký tất cả ${formatNumberVi(total ?? 0)} đơn vị đang lọc`;
  return (
    <div className="page">
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          Đăng ký, hồ sơ năm {year} {figures && <Tag>{formatNumberVi(figures.total)}</Tag>}
        </Typography.Title>
        {campaign && (
          <Typography.Text type="secondary">
            Bộ tiêu chí: {campaign.criteriaSetName} (phiên bản {campaign.criteriaSetVersion})
          </Typography.Text>
        )}
      </Space>
      <RoundTargets overview={figures} />
      <Space wrap>
        <Input.Search
          allowClear
          placeholder="Tìm đơn vị (có dấu hoặc không dấu)"
          style={{ width: 300 }}
          maxLength={200}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          aria-label="Tìm kiếm"
        />
        <Segmented value={kind} onChange={(v) => setKind(v as UnitKind | 'all')} options={kindOptions(counts)} />
      </Space>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
        {writable && (
          <>
            <Button
              type="primary"
              icon={<FormOutlined />}
              aria-label="Đăng ký"
              disabled={selected.length === 0}
              onClick={registerSelected}
            >
              Đăng ký
            </Button>
            {/* The label keeps the name stable: antd leaves its "loading" icon in the tree for a while after. */}
            <Button
              loading={busy('ids')}
              disabled={!ready || !total}
              aria-label={registerAllLabel}
              onClick={() => void registerAll()}
            >
              {registerAllLabel}
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
        <Button
          icon={<DownloadOutlined />}
          loading={busy('export')}
          disabled={!ready}
          onClick={() => void exportXlsx()}
        >
          Xuất Excel
        </Button>
        {chooser}
        <Button icon={<ReloadOutlined />} onClick={refresh} aria-label="Tải lại" />
        <Typography.Text type="secondary" style={{ flex: 1, minWidth: 0 }} ellipsis={{ tooltip: true }}>
          {selected.length > 0 ? `Đã chọn ${formatNumberVi(selected.length)} đơn vị` : 'Nhấp đúp để mở hồ sơ.'}
        </Typography.Text>
        <Select<RoundStatus | 'all'>
          aria-label="Lọc theo trạng thái"
          style={{ width: 230 }}
          popupMatchSelectWidth={false}
          value={status}
          onChange={setStatus}
          options={statusOptions(counts)}
        />
      </div>
      <div className="grid-host" data-testid="round-grid">
        <DataGrid<RoundRow>
          blockSize={BLOCK}
          datasource={ready ? datasource : undefined}
          columnDefs={columnDefs}
          sortable
          loading={!ready}
          empty="Không có đơn vị nào phù hợp"
          rowId={(r) => r.unitId}
          suppressColumnVirtualisation
          selectionColumnDef={{ pinned: 'left', width: 48 }}
          apiRef={gridRef}
          rowSelection={{
            mode: 'multiRow',
            checkboxes: writable,
            headerCheckbox: false,
            enableClickSelection: !writable,
          }}
          onSelectionChanged={(e) => setSelected(e.api.getSelectedRows())}
          onFilterChanged={(e) => setColumnFilters(e.api.getFilterModel() as ColumnFilters)}
          onSortChanged={(e) => {
            const sorted = e.api.getColumnState().find((c) => c.sort);
            setSort(sorted?.sort ? { colId: sorted.colId, sort: sorted.sort } : undefined);
          }}
          onRowDoubleClicked={(e) => e.data && void openDossier(e.data)}
        />
      </div>
      {dialog?.type === 'bulk' && (
        <BulkRegisterModal
          year={year}
          unitIds={dialog.unitIds}
          description={dialog.description}
          deadlines={[
            ...new Set(
              (campaign?.windows ?? []).filter((w) => dialog.kinds.includes(w.kind)).map((w) => w.registrationDeadline),
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
      {dialog?.type === 'usb' && <UsbAttachWizard year={year} onClose={closeDialog} />}
    </div>
  );
}
