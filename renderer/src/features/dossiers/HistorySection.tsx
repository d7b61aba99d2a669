// Lịch sử: status changes with who, when and why; the unit's incidents in the evaluation window.
import { ArrowRightOutlined } from '@ant-design/icons';
import { Card, Empty, Table, Typography } from 'antd';
import type { DossierDetail, Incident, StatusChange } from '#shared/api/roundTypes.ts';
import { INCIDENT_CATEGORY_LABELS } from '#shared/domain/round.ts';
import { formatDateTimeVi, formatDateVi } from '#shared/text/dates.ts';
import { StatusTag } from '../../kit/labels.tsx';

export function HistorySection({ detail }: { detail: DossierDetail }) {
  const w = detail.window;
  return (
    <Card title="Lịch sử" size="small">
      <Table<StatusChange & { key: number }>
        size="small"
        dataSource={detail.history.map((h, key) => ({ ...h, key })).reverse()}
        pagination={false}
        locale={{ emptyText: 'Chưa có thay đổi.' }}
        columns={[
          {
            title: 'Thay đổi',
            render: (_v, h) => (
              <span>
                {h.fromStatus ? (
                  <StatusTag status={h.fromStatus} />
                ) : (
                  <Typography.Text type="secondary">Tạo hồ sơ</Typography.Text>
                )}{' '}
                <span style={{ whiteSpace: 'nowrap' }}>
                  <ArrowRightOutlined aria-label="thành" /> <StatusTag status={h.toStatus} />
                </span>
                {h.reason && (
                  <div>
                    <Typography.Text type="secondary">Lý do: {h.reason}</Typography.Text>
                  </div>
                )}
              </span>
            ),
          },
          { title: 'Lúc', dataIndex: 'at', width: 130, render: (at: string) => formatDateTimeVi(at) },
          { title: 'Người thực hiện', dataIndex: 'actor', width: 130 },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        Vụ việc trong thời gian đánh giá ({formatDateVi(w.windowFrom)} – {formatDateVi(w.windowTo)})
      </Typography.Title>
      {detail.incidents.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Không có vụ việc nào được ghi nhận." />
      ) : (
        <Table<Incident>
          size="small"
          rowKey="id"
          dataSource={detail.incidents}
          pagination={false}
          columns={[
            { title: 'Ngày', dataIndex: 'occurredOn', width: 100, render: (d: string) => formatDateVi(d) },
            {
              title: 'Loại vụ việc',
              render: (_v, i) => (
                <span>
                  <Typography.Text type="danger">{INCIDENT_CATEGORY_LABELS[i.category]}</Typography.Text>
                  {i.note && <div>{i.note}</div>}
                </span>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
