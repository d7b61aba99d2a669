// One model in full: its decision and board, the lifecycle steps it may take next, points with teams, history,
// reviews, exemplars and documents.
import { PaperClipOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Descriptions, Drawer, Empty, List, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import type { ModelDetail, ModelPoint } from '#shared/api/modelTypes.ts';
import {
  EXEMPLAR_SUBJECT_LABELS,
  MODEL_ACTION_LABELS,
  MODEL_FIELD_LABELS,
  MODEL_STATUS_LABELS,
  MODEL_TRANSITIONS,
} from '#shared/domain/models.ts';
import { formatDateTimeVi, formatDateVi } from '#shared/text/dates.ts';
import { call } from '../../kit/api.ts';
import { useAction } from '../../kit/useAction.ts';
import { useCan } from '../../kit/useCan.ts';
import { useLoad } from '../../kit/useLoad.ts';
import { ModelStepModal, type StepAction } from './ModelStepModal.tsx';
import { PointModal, TeamModal } from './PointTeamModals.tsx';
import { StatusTag } from './StatusTag.tsx';

const STEPS: StepAction[] = ['thanh_lap', 'ra_mat', 'so_ket', 'tong_ket', 'thanh_loai'];

export function ModelDetailDrawer(props: { id: number; onClose(): void; onChanged(): void }) {
  const loaded = useLoad('models.get', { id: props.id });
  const writable = useCan('models.act');
  const { run } = useAction();
  const [step, setStep] = useState<StepAction | null>(null);
  const [addingPoint, setAddingPoint] = useState(false);
  const [teamAt, setTeamAt] = useState<ModelPoint | null>(null);
  const m = loaded.data;
  const done = (model: ModelDetail) => {
    loaded.set(model);
    setStep(null);
    setAddingPoint(false);
    setTeamAt(null);
    props.onChanged();
  };
  const canPoint = m && m.status !== 'de_xuat' && m.status !== 'thanh_loai';
  return (
    <Drawer open width={880} onClose={props.onClose} title={m ? m.name : 'Mô hình'} loading={!m}>
      {m && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="model-detail">
          <Space wrap>
            <StatusTag status={m.status} />
            {m.exemplar && <Tag color="gold">Điển hình tiên tiến</Tag>}
            {writable &&
              STEPS.filter((a) => MODEL_TRANSITIONS[a].from.includes(m.status)).map((a) => (
                <Button key={a} danger={a === 'thanh_loai'} onClick={() => setStep(a)}>
                  {MODEL_ACTION_LABELS[a]}
                </Button>
              ))}
            {writable && canPoint && (
              <Button icon={<PlusOutlined />} onClick={() => setAddingPoint(true)}>
                {m.points.length > 0 ? 'Nhân rộng (thêm điểm)' : 'Thêm điểm'}
              </Button>
            )}
            {writable && (
              <Button
                icon={<PaperClipOutlined />}
                onClick={() =>
                  run('attach', async () => {
                    const saved = await call('models.attachFile', { id: m.id });
                    if (saved) done(saved);
                    return saved;
                  })
                }
              >
                Đính kèm tệp
              </Button>
            )}
          </Space>
          <Descriptions size="small" bordered column={2}>
            <Descriptions.Item label="Loại">{m.typeLabel}</Descriptions.Item>
            <Descriptions.Item label="Lĩnh vực">{MODEL_FIELD_LABELS[m.field]}</Descriptions.Item>
            <Descriptions.Item label="Đơn vị">{m.units.map((u) => u.name).join(', ') || '—'}</Descriptions.Item>
            <Descriptions.Item label="Đề xuất">
              {m.proposer ?? '—'}
              {m.proposedOn ? `, ngày ${formatDateVi(m.proposedOn)}` : ''}
            </Descriptions.Item>
            <Descriptions.Item label="Quyết định thành lập">
              {m.decisionNumber
                ? `Số ${m.decisionNumber} ngày ${formatDateVi(m.decisionDate)}, ${m.decisionSigner ?? ''}`
                : '—'}
            </Descriptions.Item>
            <Descriptions.Item label="Ra mắt">{formatDateVi(m.launchedOn) || '—'}</Descriptions.Item>
            <Descriptions.Item label="Ban chỉ đạo" span={2}>
              {m.steeringBoard ?? '—'}
            </Descriptions.Item>
            {m.retiredOn && (
              <Descriptions.Item label="Thanh loại" span={2}>
                Ngày {formatDateVi(m.retiredOn)}: {m.retireReason}
                {m.replacedBy ? ` — thay bằng "${m.replacedBy.name}"` : ''}
              </Descriptions.Item>
            )}
            {m.replaces.length > 0 && (
              <Descriptions.Item label="Thay thế cho" span={2}>
                {m.replaces.map((r) => r.name).join(', ')}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Typography.Title level={5} style={{ margin: 0 }}>
            Điểm và tổ ({m.pointCount} điểm, {m.teamCount} tổ, {m.memberCount} thành viên)
          </Typography.Title>
          {m.points.length === 0 ? (
            <Empty description="Chưa có điểm nào." image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ) : (
            <Table<ModelPoint>
              size="small"
              pagination={false}
              rowKey="id"
              dataSource={m.points}
              data-testid="model-points"
              columns={[
                { title: 'Nơi áp dụng', dataIndex: 'unitName' },
                { title: 'Từ ngày', dataIndex: 'startedOn', render: (v: string) => formatDateVi(v), width: 110 },
                {
                  title: 'Tổ',
                  render: (_: unknown, p: ModelPoint) =>
                    p.teams
                      .map((k) => `${k.name} (${k.memberCount} người${k.leaderName ? `, ${k.leaderName}` : ''})`)
                      .join('; ') || '—',
                },
                ...(writable
                  ? [
                      {
                        title: '',
                        width: 110,
                        render: (_: unknown, p: ModelPoint) => (
                          <Button size="small" onClick={() => setTeamAt(p)}>
                            Thêm tổ
                          </Button>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          )}
          <Typography.Title level={5} style={{ margin: 0 }}>
            Lịch sử
          </Typography.Title>
          <Timeline
            items={m.events.map((e) => ({
              children: (
                <>
                  <strong>{formatDateVi(e.onDate)}</strong> — {MODEL_ACTION_LABELS[e.action]}
                  {e.fromStatus && e.fromStatus !== e.toStatus
                    ? ` (${MODEL_STATUS_LABELS[e.fromStatus]} → ${MODEL_STATUS_LABELS[e.toStatus]})`
                    : ''}
                  {e.note ? `: ${e.note}` : ''}
                  <Typography.Text type="secondary">
                    {' '}
                    · {e.actor}, {formatDateTimeVi(e.at)}
                  </Typography.Text>
                </>
              ),
            }))}
          />
          {m.reviews.length > 0 && (
            <List
              size="small"
              header={<strong>Đánh giá hằng năm</strong>}
              dataSource={m.reviews}
              renderItem={(r) => (
                <List.Item>
                  Năm {r.year}: <Tag color={r.effective ? 'green' : 'red'}>{r.ratingLabel}</Tag> ngày{' '}
                  {formatDateVi(r.reviewedOn)} {r.note ?? ''}
                </List.Item>
              )}
            />
          )}
          {m.exemplars.length > 0 && (
            <List
              size="small"
              header={<strong>Điển hình tiên tiến</strong>}
              dataSource={m.exemplars}
              renderItem={(e) => (
                <List.Item>
                  {EXEMPLAR_SUBJECT_LABELS[e.subject]} {e.subjectName} — quyết định số {e.decisionNumber} ngày{' '}
                  {formatDateVi(e.decisionDate)}
                </List.Item>
              )}
            />
          )}
          {m.files.length > 0 && (
            <List
              size="small"
              header={<strong>Tệp đính kèm</strong>}
              dataSource={m.files}
              renderItem={(f) => (
                <List.Item>
                  <Button
                    type="link"
                    onClick={() => run(`open:${f.id}`, () => call('models.openFile', { fileId: f.id }))}
                  >
                    {f.name}
                  </Button>
                </List.Item>
              )}
            />
          )}
        </Space>
      )}
      {m && step && <ModelStepModal model={m} action={step} onClose={() => setStep(null)} onDone={done} />}
      {m && addingPoint && <PointModal model={m} onClose={() => setAddingPoint(false)} onDone={done} />}
      {teamAt && <TeamModal point={teamAt} onClose={() => setTeamAt(null)} onDone={done} />}
    </Drawer>
  );
}
