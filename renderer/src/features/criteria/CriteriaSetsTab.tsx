// The versions of the criteria set, which years used each, and the selected version's criteria by unit kind.
import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { Campaign, CriteriaSet } from '#shared/api/roundTypes.ts';
import { formatDateTimeVi } from '#shared/text/dates.ts';
import { setLabel } from './CampaignWindowsTab.tsx';
import { CriteriaList } from './CriteriaList.tsx';
import { CriteriaSetEditor } from './CriteriaSetEditor.tsx';

export function CriteriaSetsTab(props: {
  year: number;
  sets: CriteriaSet[];
  campaign: Campaign | null;
  appraised: number;
  isAdmin: boolean;
  onCreated: (set: CriteriaSet, campaign: Campaign | null) => void;
}) {
  const { year, sets, campaign, isAdmin } = props;
  const fallback = campaign?.criteriaSetId ?? sets.at(-1)?.id ?? null;
  const [picked, setPicked] = useState<number | null>(null);
  const [editing, setEditing] = useState(false);
  const selected = sets.find((s) => s.id === (picked ?? fallback)) ?? null;

  const columns: ColumnsType<CriteriaSet> = [
    { title: 'Bộ tiêu chí', dataIndex: 'name' },
    { title: 'Phiên bản', dataIndex: 'version', width: 90, align: 'center' },
    {
      title: 'Dùng cho năm',
      dataIndex: 'usedByYears',
      render: (years: number[]) =>
        years.length === 0 ? (
          <Typography.Text type="secondary">Chưa dùng</Typography.Text>
        ) : (
          years.map((y) => (
            <Tag key={y} color={y === year ? 'red' : undefined}>
              {y}
            </Tag>
          ))
        ),
    },
    {
      title: 'Cần xác nhận',
      key: 'unconfirmed',
      width: 120,
      align: 'center',
      render: (_: unknown, s: CriteriaSet) => {
        const n = s.criteria.filter((c) => !c.confirmed).length;
        return n > 0 ? <Tag color="orange">{n} tiêu chí</Tag> : <Tag color="green">Đã đủ</Tag>;
      },
    },
    {
      title: 'Tạo lúc',
      key: 'created',
      render: (_: unknown, s: CriteriaSet) => `${formatDateTimeVi(s.createdAt)}, ${s.createdBy}`,
    },
    { title: 'Ghi chú', dataIndex: 'note', ellipsis: true },
  ];

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        Bộ tiêu chí theo Thông tư 124/2021/TT-BCA, tỉnh có thể bổ sung tiêu chí riêng. Mỗi lần sửa tạo một phiên bản
        mới; mỗi năm giữ phiên bản đã dùng khi xét, nên sửa tiêu chí không làm thay đổi kết quả các năm trước.
      </Typography.Text>
      <Table<CriteriaSet>
        size="small"
        rowKey="id"
        pagination={false}
        columns={columns}
        dataSource={sets}
        rowSelection={{
          type: 'radio',
          selectedRowKeys: selected ? [selected.id] : [],
          onChange: (keys) => setPicked(Number(keys[0])),
        }}
        onRow={(s) => ({ onClick: () => setPicked(s.id), style: { cursor: 'pointer' } })}
      />
      {selected && (
        <>
          <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
            <div>
              <Typography.Title level={5} style={{ margin: 0 }}>
                {setLabel(selected)}
              </Typography.Title>
              {selected.note && <Typography.Text type="secondary">{selected.note}</Typography.Text>}
            </div>
            {isAdmin && (
              <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
                Tạo phiên bản mới
              </Button>
            )}
          </Space>
          {selected.criteria.some((c) => !c.confirmed) && (
            <Alert
              type="warning"
              showIcon
              title="Có tiêu chí cần xác nhận"
              description="Các tiêu chí có nhãn “Cần xác nhận” được nhập sẵn theo nguồn chưa chính thức. Trước khi thẩm định, quản trị viên đối chiếu với văn bản pháp luật và hướng dẫn của tỉnh, sửa cho đúng nguyên văn rồi lưu thành phiên bản mới."
            />
          )}
          <CriteriaList criteria={selected.criteria} />
        </>
      )}
      {editing && selected && (
        <CriteriaSetEditor
          base={selected}
          year={year}
          campaign={campaign}
          appraised={props.appraised}
          onClose={() => setEditing(false)}
          onCreated={(set, updated) => {
            setEditing(false);
            setPicked(set.id);
            props.onCreated(set, updated);
          }}
        />
      )}
    </Space>
  );
}
