// What a verified backup holds, shown before anything is replaced.
import { Alert, Button, Descriptions, Modal, Space, Table, Typography } from 'antd';
import { BACKUP_COUNT_LABELS, BACKUP_LABELS, type BackupInspection } from '#shared/api/backupTypes.ts';
import { formatDateTimeVi } from '#shared/text/dates.ts';
import { formatFileSize } from '#shared/text/fileSize.ts';
import { formatNumberVi } from '#shared/text/numbers.ts';

export function countRows(inspection: BackupInspection) {
  return Object.entries(BACKUP_COUNT_LABELS)
    .filter(([table]) => inspection.counts[table] !== undefined)
    .map(([table, label]) => ({ key: table, label, count: inspection.counts[table]! }));
}

export function RestoreConfirm({
  inspection,
  onConfirm,
  onCancel,
}: {
  inspection: BackupInspection | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Modal
      open={inspection !== null}
      title="Phục hồi dữ liệu từ bản sao lưu?"
      onCancel={onCancel}
      width={640}
      footer={
        <Space>
          <Button onClick={onCancel}>Không phục hồi</Button>
          <Button danger type="primary" onClick={onConfirm}>
            Phục hồi
          </Button>
        </Space>
      }
    >
      {inspection && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Alert
            type="success"
            showIcon
            title="Bản sao lưu nguyên vẹn: mọi tệp bên trong khớp mã kiểm tra, cơ sở dữ liệu không lỗi."
          />
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label="Tệp">{inspection.fileName}</Descriptions.Item>
            <Descriptions.Item label="Tạo lúc">{formatDateTimeVi(inspection.createdAt)}</Descriptions.Item>
            <Descriptions.Item label="Cơ quan">{inspection.office ?? '(chưa thiết lập)'}</Descriptions.Item>
            <Descriptions.Item label="Loại">{BACKUP_LABELS[inspection.label]}</Descriptions.Item>
            <Descriptions.Item label="Phiên bản ứng dụng">{inspection.appVersion}</Descriptions.Item>
            <Descriptions.Item label="Tệp đính kèm">
              {formatNumberVi(inspection.attachments.count)} tệp, {formatFileSize(inspection.attachments.bytes)}
            </Descriptions.Item>
          </Descriptions>
          <Table
            size="small"
            pagination={false}
            dataSource={countRows(inspection)}
            columns={[
              { title: 'Dữ liệu trong bản sao lưu', dataIndex: 'label' },
              { title: 'Số lượng', dataIndex: 'count', align: 'right', render: (n: number) => formatNumberVi(n) },
            ]}
          />
          {inspection.warnings.length > 0 && (
            <Alert
              type="warning"
              showIcon
              title="Lưu ý"
              description={inspection.warnings.map((w) => (
                <div key={w}>{w}</div>
              ))}
            />
          )}
          <Typography.Paragraph type="danger" style={{ marginBottom: 0 }}>
            Toàn bộ dữ liệu hiện tại sẽ được thay bằng dữ liệu trên. Dữ liệu hiện tại được tự động sao lưu trước (bản
            &quot;Trước khi phục hồi&quot;), nên có thể lấy lại. Sau khi phục hồi, mọi người đăng nhập lại.
          </Typography.Paragraph>
        </Space>
      )}
    </Modal>
  );
}
