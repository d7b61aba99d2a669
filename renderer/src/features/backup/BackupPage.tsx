// Sao lưu và phục hồi: automatic backups and their schedule, a backup now or to a chosen file, restoring from a
// backup after its contents are shown, and the data check.
import { CloudDownloadOutlined, FileSearchOutlined, SafetyCertificateOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, InputNumber, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import {
  BACKUP_LABELS,
  type BackupConfig,
  type BackupEntry,
  type BackupInspection,
  type DataCheckReport,
} from '#shared/api/backupTypes.ts';
import { formatDateTimeVi } from '#shared/text/dates.ts';
import { formatFileSize } from '#shared/text/fileSize.ts';
import { call } from '../../kit/api.ts';
import { useAction } from '../../kit/useAction.ts';
import { useLoad } from '../../kit/useLoad.ts';
import { useSession } from '../../kit/session.tsx';
import { useJobRunner } from '../../kit/useJobRunner.tsx';
import { RestoreConfirm } from './RestoreConfirm.tsx';

export function BackupPage() {
  const { setState } = useSession();
  const { message } = App.useApp();
  const jobs = useJobRunner();
  const [form] = Form.useForm<BackupConfig>();
  const { run } = useAction();
  const loaded = useLoad('backup.list', {});
  const listing = loaded.data ?? null;
  const { reload: load, set: setListing } = loaded;
  const [pending, setPending] = useState<{ inspection: BackupInspection; token: string } | null>(null);
  const [report, setReport] = useState<DataCheckReport | null>(null);

  useEffect(() => {
    if (loaded.data) form.setFieldsValue(loaded.data.config);
  }, [loaded.data, form]);

  const attempt = (work: () => Promise<void>) => run('job', work);

  const backup = (chooseFile: boolean) =>
    attempt(async () => {
      const started = await call('backup.create', { chooseFile });
      if (!started) return;
      const created = await jobs.run(started, 'Đang sao lưu dữ liệu');
      if (created) void message.success(`Đã sao lưu vào tệp ${created.fileName} (${formatFileSize(created.size)}).`);
      load();
    });

  const inspect = (name?: string) =>
    attempt(async () => {
      const picked = await call('backup.inspect', name ? { name } : {});
      if (!picked) return;
      const inspection = await jobs.run(picked, 'Đang kiểm tra bản sao lưu');
      if (inspection) setPending({ inspection, token: picked.token });
    });

  const restore = () =>
    attempt(async () => {
      if (!pending) return;
      setPending(null);
      const started = await call('backup.restore', { token: pending.token });
      const result = await jobs.run(started, 'Đang phục hồi dữ liệu');
      if (!result) return;
      void message.success(
        `Đã phục hồi dữ liệu. Dữ liệu trước đó được giữ trong bản ${result.previousDataBackup}. Hãy đăng nhập lại.`,
        8,
      );
      setState(await call('session.state', {}));
    });

  const check = () =>
    attempt(async () => {
      const started = await call('backup.check', {});
      const result = await jobs.run(started, 'Đang kiểm tra dữ liệu');
      if (result) setReport(result);
    });

  const saveConfig = (values: BackupConfig) =>
    run('config', async () => setListing(await call('backup.saveConfig', values)), {
      success: 'Đã lưu cách sao lưu tự động.',
      form,
    });

  return (
    <div className="page">
      <Typography.Title level={4} style={{ margin: 0 }}>
        Sao lưu và phục hồi
      </Typography.Title>
      {jobs.modal}
      <RestoreConfirm
        inspection={pending?.inspection ?? null}
        onConfirm={() => void restore()}
        onCancel={() => setPending(null)}
      />
      <Card>
        <Space wrap>
          <Button type="primary" icon={<SaveOutlined />} disabled={jobs.busy} onClick={() => void backup(false)}>
            Sao lưu ngay
          </Button>
          <Button icon={<CloudDownloadOutlined />} disabled={jobs.busy} onClick={() => void backup(true)}>
            Sao lưu ra tệp...
          </Button>
          <Button icon={<FileSearchOutlined />} disabled={jobs.busy} onClick={() => void inspect()}>
            Phục hồi từ tệp...
          </Button>
          <Button icon={<SafetyCertificateOutlined />} disabled={jobs.busy} onClick={() => void check()}>
            Kiểm tra dữ liệu
          </Button>
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          Bản sao lưu gồm cơ sở dữ liệu, mọi tệp hồ sơ đính kèm và văn bản đã ban hành. Nên chép thêm một bản ra ổ USB
          hoặc máy khác.
        </Typography.Paragraph>
      </Card>
      {report && (
        <Alert
          type={report.sound ? 'success' : 'error'}
          showIcon
          closable={{ onClose: () => setReport(null) }}
          title={
            report.sound
              ? `Dữ liệu nguyên vẹn: cơ sở dữ liệu, ${report.checked.attachments} tệp đính kèm và ${report.checked.issuedFiles} văn bản đã ban hành.`
              : `Phát hiện ${report.problems.length} vấn đề. Hãy phục hồi từ bản sao lưu gần nhất hoặc báo cán bộ kỹ thuật.`
          }
          description={report.problems.map((p) => (
            <div key={p}>{p}</div>
          ))}
        />
      )}
      <Card title="Sao lưu tự động">
        <Form form={form} layout="inline" onFinish={(v) => void saveConfig(v)} style={{ marginBottom: 16 }}>
          <Form.Item
            name="intervalHours"
            label="Sao lưu mỗi (giờ)"
            rules={[{ required: true, message: 'Hãy nhập số giờ.' }]}
          >
            <InputNumber min={1} max={720} />
          </Form.Item>
          <Form.Item name="keep" label="Giữ lại (bản)" rules={[{ required: true, message: 'Hãy nhập số bản.' }]}>
            <InputNumber min={1} max={100} />
          </Form.Item>
          <Button htmlType="submit">Lưu</Button>
        </Form>
        <Typography.Paragraph type="secondary">
          Ứng dụng tự sao lưu theo lịch trên và khi thoát (nếu có thay đổi), vào thư mục &quot;sao-luu&quot; trong thư
          mục dữ liệu. Lần gần nhất: {listing?.lastBackupAt ? formatDateTimeVi(listing.lastBackupAt) : 'chưa có'}.
        </Typography.Paragraph>
        <Table<BackupEntry>
          size="small"
          rowKey="name"
          loading={listing === null}
          dataSource={listing?.backups ?? []}
          pagination={false}
          locale={{ emptyText: 'Chưa có bản sao lưu tự động.' }}
          columns={[
            { title: 'Thời điểm', dataIndex: 'createdAt', render: (v: string) => formatDateTimeVi(v) },
            { title: 'Loại', dataIndex: 'label', render: (v: BackupEntry['label']) => BACKUP_LABELS[v] },
            { title: 'Dung lượng', dataIndex: 'size', align: 'right', render: (v: number) => formatFileSize(v) },
            { title: 'Tệp', dataIndex: 'name' },
            {
              title: '',
              key: 'restore',
              render: (_v, b) => (
                <Button size="small" disabled={jobs.busy} onClick={() => void inspect(b.name)}>
                  Phục hồi bản này...
                </Button>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
