// The year's document register as the app holds it: each number given to a decision, and the numbers voided before
// issue (a signing corrected or cancelled), shown as void with their reason so nobody gives them again.
import { Card, Table, Tag, Typography } from 'antd';
import type { RegisterEntry } from '#shared/api/decisionTypes.ts';
import { formatDateTimeVi, formatDateVi } from '#shared/text/dates.ts';
import { call } from '../../kit/api.ts';
import { useLoader } from '../../kit/useLoad.ts';

export function RegisterCard(props: {
  year: number;
  /** Changes whenever a decision's number may have. */ version: string;
}) {
  const { year, version } = props;
  const loaded = useLoader({ year, version }, () => call('decisions.register', { year }));
  return (
    <Card size="small" title={`Sổ đăng ký văn bản năm ${year}`} className="no-print" style={{ marginTop: 16 }}>
      <Table<RegisterEntry>
        rowKey={(e) => `${e.code}-${e.number}`}
        size="small"
        loading={loaded.data === undefined && loaded.error === null}
        dataSource={loaded.data ?? []}
        pagination={false}
        locale={{ emptyText: `Năm ${year} chưa cấp số quyết định nào.` }}
        columns={[
          { title: 'Số', dataIndex: 'label', width: 150 },
          { title: 'Ngày ký', dataIndex: 'signedOn', width: 110, render: (v: string) => formatDateVi(v) },
          { title: 'Trích yếu', dataIndex: 'subject', ellipsis: true },
          {
            title: 'Tình trạng',
            key: 'state',
            width: 320,
            render: (_: unknown, e) =>
              e.voided ? (
                <span>
                  <Tag color="red">Số đã hủy</Tag>
                  <Typography.Text type="secondary">
                    {e.voided.reason} ({e.voided.by}, {formatDateTimeVi(e.voided.at)})
                  </Typography.Text>
                </span>
              ) : (
                <Tag color="green">Đang dùng</Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}
