// The incident register of a year: events in the units' evaluation windows that may break a criterion.
import { DeleteOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import { Alert, App, Button, Input, Popconfirm, Space, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import type { Incident } from '#shared/api/roundTypes.ts';
import { defaultWindow, INCIDENT_CATEGORY_LABELS, type IncidentCategory } from '#shared/domain/round.ts';
import { UNIT_KINDS } from '#shared/domain/units.ts';
import { formatDateTimeVi, formatDateVi } from '#shared/text/dates.ts';
import { compareVietnamese, foldText } from '#shared/text/fold.ts';
import { call } from '../../kit/api.ts';
import { DataGrid, dateFilter, textFilter } from '../../kit/grid.tsx';
import { pickListFilter } from '../../kit/PickListFilter.tsx';
import { useAction } from '../../kit/useAction.ts';
import { useCan } from '../../kit/useCan.ts';
import { useLoader } from '../../kit/useLoad.ts';
import { useYear } from '../../kit/year.tsx';
import { IncidentForm } from './IncidentForm.tsx';
import './incidents.css';

interface Row extends Incident {
  searchKey: string;
}

interface Range {
  from: string;
  to: string;
}

/** The span the list covers: from the earliest window start to the latest window end of the year. */
function rangeOf(windows: { windowFrom: string; windowTo: string }[]): Range {
  return {
    from: windows.reduce((m, w) => (w.windowFrom < m ? w.windowFrom : m), '9999-12-31'),
    to: windows.reduce((m, w) => (w.windowTo > m ? w.windowTo : m), '0000-01-01'),
  };
}

export function IncidentsPage() {
  const year = useYear();
  const { message } = App.useApp();
  const writable = useCan('incidents.create');
  const { run } = useAction();
  const [search, setSearch] = useState('');
  const [adding, setAdding] = useState(false);
  const loaded = useLoader(year, async () => {
    const [incidents, campaign] = await Promise.all([
      call('incidents.list', { year }),
      call('campaigns.get', { year }),
    ]);
    const rows: Row[] = incidents.map((i) => ({
      ...i,
      searchKey: foldText(`${i.unitName} ${INCIDENT_CATEGORY_LABELS[i.category]} ${i.note ?? ''} ${i.createdBy}`),
    }));
    return { rows, range: rangeOf(campaign?.windows ?? UNIT_KINDS.map((k) => defaultWindow(k, year))) };
  });
  const rows = useMemo(() => loaded.data?.rows ?? [], [loaded.data]);
  const range = loaded.data?.range ?? null;
  const { reload } = loaded;

  const remove = useCallback(
    (incident: Incident) =>
      run(
        `remove:${incident.id}`,
        async () => {
          await call('incidents.remove', { id: incident.id });
          reload();
        },
        { success: `Đã xóa vụ việc tại ${incident.unitName}.` },
      ),
    [run, reload],
  );

  const folded = useMemo(() => foldText(search), [search]);
  const shown = useMemo(() => (folded ? rows.filter((r) => r.searchKey.includes(folded)) : rows), [rows, folded]);

  const columns = useMemo<ColDef<Row>[]>(
    () => [
      {
        field: 'occurredOn',
        headerName: 'Ngày xảy ra',
        width: 132,
        sort: 'desc',
        valueFormatter: (p) => formatDateVi(p.value as string),
        ...dateFilter,
      },
      {
        field: 'unitName',
        headerName: 'Đơn vị',
        width: 180,
        comparator: (a: string, b: string) => compareVietnamese(a, b),
        ...textFilter,
      },
      {
        field: 'category',
        headerName: 'Loại vụ việc',
        flex: 1,
        minWidth: 200,
        wrapText: true,
        autoHeight: true,
        cellClass: 'wrap-cell',
        valueFormatter: (p) => INCIDENT_CATEGORY_LABELS[p.value as IncidentCategory],
        comparator: (a: IncidentCategory, b: IncidentCategory) =>
          compareVietnamese(INCIDENT_CATEGORY_LABELS[a], INCIDENT_CATEGORY_LABELS[b]),
        ...pickListFilter(INCIDENT_CATEGORY_LABELS),
      },
      {
        field: 'note',
        headerName: 'Nội dung',
        flex: 1.4,
        minWidth: 200,
        wrapText: true,
        autoHeight: true,
        cellClass: 'wrap-cell',
      },
      { field: 'createdBy', headerName: 'Người ghi', width: 110 },
      {
        field: 'createdAt',
        headerName: 'Ghi lúc',
        width: 140,
        valueFormatter: (p) => formatDateTimeVi(p.value as string),
      },
      ...(writable
        ? [
            {
              colId: 'actions',
              headerName: '',
              width: 64,
              pinned: 'right',
              sortable: false,
              resizable: false,
              cellRenderer: (p: ICellRendererParams<Row>) =>
                p.data ? (
                  <Popconfirm
                    title="Xóa vụ việc này?"
                    description={`${p.data.unitName}, ngày ${formatDateVi(p.data.occurredOn)}`}
                    okText="Xóa"
                    cancelText="Hủy"
                    okButtonProps={{ danger: true }}
                    onConfirm={() => remove(p.data!)}
                  >
                    <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label="Xóa vụ việc" />
                  </Popconfirm>
                ) : null,
            } satisfies ColDef<Row>,
          ]
        : []),
    ],
    [writable, remove],
  );

  const onSaved = (incident: Incident) => {
    setAdding(false);
    if (range && (incident.occurredOn < range.from || incident.occurredOn > range.to)) {
      void message.warning(
        `Ngày ${formatDateVi(incident.occurredOn)} nằm ngoài thời gian đánh giá năm ${year} nên vụ việc không hiện trong danh sách này.`,
      );
    }
    reload();
  };

  return (
    <div className="page">
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          Vụ việc năm {year} <Tag>{rows.length}</Tag>
        </Typography.Title>
        <Space wrap>
          {writable && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              Ghi vụ việc
            </Button>
          )}
          <Button icon={<ReloadOutlined />} onClick={reload} aria-label="Tải lại" />
        </Space>
      </Space>
      <Alert
        type="info"
        showIcon
        title="Vụ việc ảnh hưởng đến kết quả thẩm định"
        description={
          <>
            Vụ việc xảy ra trong thời gian đánh giá của một đơn vị sẽ được đánh dấu sẵn <strong>“Không đạt”</strong> ở
            các tiêu chí liên quan (tiêu chí có dấu “Liên quan vụ việc” trong bộ tiêu chí) khi thẩm định hồ sơ của đơn
            vị đó. Người thẩm định xem lại, ghi chú và quyết định.
            {range && (
              <>
                {' '}
                Danh sách này gồm các vụ việc từ ngày {formatDateVi(range.from)} đến ngày {formatDateVi(range.to)}.
              </>
            )}
          </>
        }
      />
      <Input.Search
        allowClear
        placeholder="Tìm theo đơn vị, loại vụ việc, nội dung (có dấu hoặc không)"
        style={{ width: 480, maxWidth: '100%' }}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        aria-label="Tìm kiếm vụ việc"
      />
      <div className="grid-host" data-testid="incidents-grid">
        <DataGrid<Row>
          rowData={shown}
          columnDefs={columns}
          loading={loaded.loading}
          empty={`Chưa có vụ việc nào trong năm ${year}.`}
          rowId={(r) => r.id}
          sortable
        />
      </div>
      {adding && <IncidentForm year={year} onClose={() => setAdding(false)} onSaved={onSaved} />}
    </div>
  );
}
