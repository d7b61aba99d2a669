// Grassroots security teams and their yearly rating by the commune chair (15/11 – 14/11): teams active under 9
// months are not rated; "xuất sắc" at most 20% of "tốt" — the server checks and refuses with the numbers.
import { FileWordOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import { Alert, Button, Select, Space, Tabs, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { TeamRatingRow } from '#shared/api/modelTypes.ts';
import { TEAM_RATINGS, TEAM_RATING_LABELS, maxExcellent, type TeamRating } from '#shared/domain/models.ts';
import { formatDateVi } from '#shared/text/dates.ts';
import { call } from '../../kit/api.ts';
import { DataGrid } from '../../kit/grid.tsx';
import { useAction } from '../../kit/useAction.ts';
import { useCan } from '../../kit/useCan.ts';
import { useLoad } from '../../kit/useLoad.ts';
import { useYear } from '../../kit/year.tsx';
import { SecurityTeamForm } from './SecurityTeamForm.tsx';

export function SecurityTeamsPage() {
  const year = useYear();
  const writable = useCan('securityTeams.rate');
  const { run, busy } = useAction();
  const loaded = useLoad('securityTeams.ratingSheet', { year });
  const [adding, setAdding] = useState(false);
  const [changes, setChanges] = useState<Record<number, TeamRating | null>>({});
  const sheet = loaded.data;
  const rows = useMemo(() => sheet?.rows ?? [], [sheet]);
  const ratingOf = (r: TeamRatingRow) => (r.team.id in changes ? changes[r.team.id]! : r.rating);
  const counts = Object.fromEntries(TEAM_RATINGS.map((k) => [k, 0])) as Record<TeamRating, number>;
  for (const r of rows) {
    const v = ratingOf(r);
    if (v) counts[v]++;
  }
  const columns = useMemo<ColDef<TeamRatingRow>[]>(
    () => [
      { headerName: 'Khu dân cư', width: 170, valueGetter: (p) => p.data?.team.unitName },
      { headerName: 'Tổ', flex: 1, minWidth: 200, valueGetter: (p) => p.data?.team.name },
      { headerName: 'Tổ trưởng', width: 160, valueGetter: (p) => p.data?.team.leaderName ?? '' },
      { headerName: 'Thành viên', width: 100, valueGetter: (p) => p.data?.team.members.length },
      { headerName: 'Thành lập', width: 110, valueGetter: (p) => formatDateVi(p.data?.team.foundedOn) },
      {
        headerName: 'Xếp loại',
        width: 300,
        cellRenderer: (p: ICellRendererParams<TeamRatingRow>) => {
          const row = p.data;
          if (!row) return null;
          if (row.notRatedReason) return <Tag title={row.notRatedReason}>Không xếp loại (dưới 9 tháng)</Tag>;
          const value = row.team.id in changes ? changes[row.team.id] : row.rating;
          return (
            <Select<TeamRating | null>
              size="small"
              style={{ width: 270 }}
              disabled={!writable}
              aria-label={`Xếp loại ${row.team.name}`}
              value={value ?? null}
              allowClear
              placeholder="Chưa xếp loại"
              options={TEAM_RATINGS.map((k) => ({ value: k, label: TEAM_RATING_LABELS[k] }))}
              onChange={(v) => setChanges((c) => ({ ...c, [row.team.id]: v ?? null }))}
            />
          );
        },
      },
    ],
    [changes, writable],
  );
  const changed = Object.keys(changes).length > 0;
  const save = () =>
    run(
      'rate',
      async () => {
        const saved = await call('securityTeams.rate', {
          year,
          ratings: Object.entries(changes).map(([teamId, rating]) => ({ teamId: Number(teamId), rating })),
        });
        loaded.set(saved);
        setChanges({});
        return saved;
      },
      { success: `Đã lưu xếp loại tổ năm ${year}.`, errorTitle: 'Chưa lưu xếp loại' },
    );
  return (
    <div className="page">
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          Tổ bảo vệ an ninh, trật tự năm {year} <Tag>{rows.length}</Tag>
        </Typography.Title>
        <Space wrap>
          {writable && (
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              Thêm tổ
            </Button>
          )}
          {writable && (
            <Button
              icon={<FileWordOutlined />}
              disabled={changed || counts.xuat_sac + counts.tot + counts.hoan_thanh + counts.khong_hoan_thanh === 0}
              loading={busy('docx')}
              onClick={() =>
                run('docx', () => call('securityTeams.decisionDocx', { year }), {
                  success: (r) => (r ? `Đã lưu dự thảo quyết định xếp loại: ${r.fileName}.` : null),
                })
              }
            >
              Quyết định xếp loại (.docx)
            </Button>
          )}
          {writable && (
            <Button type="primary" disabled={!changed} loading={busy('rate')} onClick={save}>
              Lưu xếp loại
            </Button>
          )}
          <Button icon={<ReloadOutlined />} onClick={loaded.reload} aria-label="Tải lại" />
        </Space>
      </Space>
      {sheet && (
        <Alert
          type="info"
          showIcon
          title={`Kỳ đánh giá ${formatDateVi(sheet.periodFrom)} – ${formatDateVi(sheet.periodTo)}`}
          description={
            <span data-testid="rating-summary">
              Xuất sắc {counts.xuat_sac} / tối đa {maxExcellent(counts.tot)} (20% của {counts.tot} tổ hoàn thành tốt);
              hoàn thành {counts.hoan_thanh}; không hoàn thành {counts.khong_hoan_thanh}. Tổ hoạt động dưới 9 tháng
              không xếp loại.
            </span>
          }
        />
      )}
      <Tabs
        items={[
          {
            key: 'rating',
            label: 'Danh sách và xếp loại',
            children: (
              <div className="grid-host" data-testid="teams-grid" style={{ height: 440 }}>
                <DataGrid<TeamRatingRow>
                  rowData={rows}
                  columnDefs={columns}
                  loading={loaded.loading}
                  rowId={(r) => r.team.id}
                  empty="Chưa có tổ bảo vệ an ninh, trật tự nào."
                />
              </div>
            ),
          },
        ]}
      />
      {adding && (
        <SecurityTeamForm
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            loaded.reload();
          }}
        />
      )}
    </div>
  );
}
