// One sending office's received data: its dossiers of a year and its signed decisions, each file openable. Kept
// apart from this office's own round and register.
import { Button, Drawer, Empty, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type {
  ReceivedDecisionView,
  ReceivedDossierView,
  ReceivedFileView,
  ReceivedRegistrationView,
} from '#shared/api/exchangeTypes.ts';
import { EXCLUDED_KIND_LABELS, type ExcludedKind } from '#shared/domain/competence.ts';
import { RESULT_LABELS, ROUND_STATUS_LABELS, type AppraisalResult, type RoundStatus } from '#shared/domain/round.ts';
import { UNIT_KIND_LABELS, type UnitKind } from '#shared/domain/units.ts';
import { formatDateVi } from '#shared/text/dates.ts';
import { formatNumberCode } from '#shared/documents/format.ts';
import { formatNumberVi } from '#shared/text/numbers.ts';
import { call } from '../../kit/api.ts';
import { useAction } from '../../kit/useAction.ts';
import { useLoad } from '../../kit/useLoad.ts';

const FILE_KIND_LABELS: Record<string, string> = {
  decision: 'Quyết định',
  certificates: 'Giấy công nhận',
  scan: 'Bản ký quét',
};

function Files({ owner, id, files }: { owner: 'dossier' | 'decision'; id: number; files: ReceivedFileView[] }) {
  const { run } = useAction();
  if (!files.length) return <Typography.Text type="secondary">Không có tệp</Typography.Text>;
  return (
    <Space orientation="vertical" size={2}>
      {files.map((f) => (
        <Space key={f.position} size={4}>
          <Button
            type="link"
            size="small"
            style={{ padding: 0 }}
            onClick={() =>
              void run(`open:${f.position}`, () =>
                call('exchange.openReceivedFile', { owner, id, position: f.position }),
              )
            }
          >
            {f.name}
          </Button>
          {f.tag && <Tag>{owner === 'decision' ? (FILE_KIND_LABELS[f.tag] ?? f.tag) : f.tag}</Tag>}
        </Space>
      ))}
    </Space>
  );
}

/** "số X ngày dd/mm/yyyy", either part left out when the commune did not record it. */
function numberAndDate(number: string | null, date: string | null): string {
  return [number && `số ${number}`, date && `ngày ${formatDateVi(date)}`].filter(Boolean).join(' ');
}

/** The commune's registration: its date, the Party resolution, the UBND plan, and why an excluded unit is in. */
function RegistrationCell({
  r,
  excludedKind,
}: {
  r: ReceivedRegistrationView | null;
  excludedKind: ExcludedKind | null;
}) {
  const excluded = excludedKind && (
    <Typography.Text type="warning">
      {EXCLUDED_KIND_LABELS[excludedKind] ?? excludedKind}: ngoài phạm vi công nhận
    </Typography.Text>
  );
  if (!r) {
    return (
      <Space orientation="vertical" size={0}>
        <Typography.Text type="secondary">Chưa đăng ký</Typography.Text>
        {excluded}
      </Space>
    );
  }
  const resolution = numberAndDate(r.resolutionNumber, r.resolutionDate);
  const plan = numberAndDate(r.planNumber, r.planDate);
  return (
    <Space orientation="vertical" size={0}>
      <span>Ngày {formatDateVi(r.registeredOn)}</span>
      {resolution && <span>Nghị quyết {resolution}</span>}
      {plan && <span>Kế hoạch UBND {plan}</span>}
      {excluded}
      {r.excludedReason && <span>Lý do vẫn đăng ký: {r.excludedReason}</span>}
    </Space>
  );
}

export function ReceivedDrawer({ officeId, onClose }: { officeId: number | null; onClose: () => void }) {
  const [year, setYear] = useState<number | undefined>(undefined);
  const data =
    useLoad('exchange.received', officeId === null ? null : year === undefined ? { officeId } : { officeId, year })
      .data ?? null;

  // A closed drawer forgets its year: the next office opens on its latest.
  useEffect(() => {
    if (officeId === null) setYear(undefined);
  }, [officeId]);

  return (
    <Drawer
      open={officeId !== null}
      onClose={onClose}
      size={960}
      title={data ? `Dữ liệu nhận từ ${data.office.name}` : 'Dữ liệu nhận được'}
    >
      {data && (
        <Tabs
          items={[
            {
              key: 'dossiers',
              label: `Hồ sơ (${formatNumberVi(data.dossiers.length)})`,
              children: (
                <Space orientation="vertical" style={{ width: '100%' }}>
                  {data.office.dossierYears.length > 0 ? (
                    <Space>
                      <Typography.Text>Năm</Typography.Text>
                      <Select
                        aria-label="Năm"
                        value={data.year ?? undefined}
                        onChange={(y: number) => setYear(y)}
                        options={data.office.dossierYears.map((y) => ({
                          value: y.year,
                          label: `${y.year} (${formatNumberVi(y.dossiers)} hồ sơ)`,
                        }))}
                        style={{ width: 200 }}
                      />
                    </Space>
                  ) : (
                    <Empty description="Chưa nhận hồ sơ nào." />
                  )}
                  <Table<ReceivedDossierView>
                    size="small"
                    rowKey="id"
                    dataSource={data.dossiers}
                    pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
                    columns={[
                      { title: 'Đơn vị', dataIndex: 'unitName' },
                      {
                        title: 'Loại',
                        dataIndex: 'unitKind',
                        render: (k: string) => UNIT_KIND_LABELS[k as UnitKind] ?? k,
                      },
                      {
                        title: 'Đăng ký',
                        key: 'registration',
                        render: (_v, d) => <RegistrationCell r={d.registration} excludedKind={d.excludedKind} />,
                      },
                      {
                        title: 'Trạng thái',
                        dataIndex: 'status',
                        render: (s: string) => ROUND_STATUS_LABELS[s as RoundStatus] ?? s,
                      },
                      {
                        title: 'Kết quả',
                        dataIndex: 'result',
                        render: (r: string | null) => (r ? (RESULT_LABELS[r as AppraisalResult] ?? r) : '—'),
                      },
                      {
                        title: 'Nhận hồ sơ',
                        dataIndex: 'receivedOn',
                        render: (d: string | null) => (d ? formatDateVi(d) : '—'),
                      },
                      {
                        title: 'Tệp',
                        key: 'files',
                        render: (_v, d) => <Files owner="dossier" id={d.id} files={d.files} />,
                      },
                    ]}
                  />
                </Space>
              ),
            },
            {
              key: 'decisions',
              label: `Quyết định (${formatNumberVi(data.decisions.length)})`,
              children: (
                <Table<ReceivedDecisionView>
                  size="small"
                  rowKey="id"
                  dataSource={data.decisions}
                  pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
                  locale={{ emptyText: 'Chưa nhận quyết định nào.' }}
                  columns={[
                    {
                      title: 'Số',
                      key: 'number',
                      render: (_v, d) => formatNumberCode({ number: d.number, code: d.code }),
                    },
                    { title: 'Ngày ký', dataIndex: 'signedOn', render: (v: string) => formatDateVi(v) },
                    { title: 'Trích yếu', dataIndex: 'subject' },
                    { title: 'Số đơn vị', dataIndex: 'units', align: 'right' },
                    {
                      title: 'Tệp',
                      key: 'files',
                      render: (_v, d) => <Files owner="decision" id={d.id} files={d.files} />,
                    },
                  ]}
                />
              ),
            },
          ]}
        />
      )}
    </Drawer>
  );
}
