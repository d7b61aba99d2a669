// Thành phần hồ sơ: each component with its files, what is missing, and reassigning a file to another component.
import { CheckCircleFilled, CloseCircleFilled, FileOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Select, Space, Typography } from 'antd';
import type { DossierDetail, DossierFile } from '#shared/api/roundTypes.ts';
import { formatDateTimeVi } from '#shared/text/dates.ts';
import { call } from '../../kit/api.ts';
import { useAction } from '../../kit/useAction.ts';
import { formatFileSize } from '#shared/text/fileSize.ts';

function FileLine(props: {
  file: DossierFile;
  options: { value: string; label: string }[];
  readOnly: boolean;
  onMove: (file: DossierFile, code: string | null) => void;
  onOpen: (file: DossierFile) => void;
}) {
  const f = props.file;
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 8, padding: '2px 0 2px 24px' }}>
      <FileOutlined />
      <div style={{ flex: 1, minWidth: 0 }}>
        <Typography.Text ellipsis={{ tooltip: f.originalName }} style={{ maxWidth: '100%' }}>
          {f.originalName}
        </Typography.Text>
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatFileSize(f.size)} · thêm {formatDateTimeVi(f.addedAt)} bởi {f.addedBy}
          </Typography.Text>
        </div>
      </div>
      <Button size="small" aria-label={`Mở tệp ${f.originalName}`} onClick={() => props.onOpen(f)}>
        Mở
      </Button>
      <Select
        size="small"
        style={{ width: 210 }}
        aria-label={`Thành phần của tệp ${f.originalName}`}
        disabled={props.readOnly}
        value={f.componentCode ?? 'none'}
        options={[...props.options, { value: 'none', label: 'Chưa xếp thành phần' }]}
        onChange={(v: string) => props.onMove(f, v === 'none' ? null : v)}
      />
    </div>
  );
}

export function ComponentsSection(props: {
  detail: DossierDetail;
  readOnly: boolean;
  onChanged: (d: DossierDetail) => void;
}) {
  const { detail } = props;
  const { run } = useAction();
  const options = detail.components.map((c) => ({ value: c.code, label: c.label }));
  const missing = detail.components.filter((c) => c.required && c.files.length === 0).map((c) => c.label);

  const move = (file: DossierFile, componentCode: string | null) =>
    run(`move:${file.id}`, async () =>
      props.onChanged(await call('dossierFiles.setComponent', { fileId: file.id, componentCode })),
    );
  const open = (file: DossierFile) => run(`open:${file.id}`, () => call('dossierFiles.open', { fileId: file.id }));
  const line = (f: DossierFile) => (
    <FileLine key={f.id} file={f} options={options} readOnly={props.readOnly} onMove={move} onOpen={open} />
  );

  return (
    <Card title="Thành phần hồ sơ" size="small">
      <Space orientation="vertical" style={{ width: '100%' }}>
        {missing.length === 0 ? (
          <Alert type="success" showIcon title="✓ Đủ hồ sơ" />
        ) : (
          <Alert type="error" showIcon title={`✗ Thiếu: ${missing.join(', ')}`} />
        )}
        {detail.components.map((c) => (
          <div key={c.code} data-component={c.code}>
            <Space size={6}>
              {c.files.length > 0 ? (
                <CheckCircleFilled style={{ color: '#52c41a' }} aria-label="Có" />
              ) : (
                <CloseCircleFilled style={{ color: c.required ? '#ff4d4f' : '#bfbfbf' }} aria-label="Chưa có" />
              )}
              <Typography.Text strong>{c.label}</Typography.Text>
              {c.required ? (
                <Typography.Text type="danger" title="Bắt buộc">
                  *
                </Typography.Text>
              ) : (
                <Typography.Text type="secondary">(không bắt buộc)</Typography.Text>
              )}
              {c.files.length === 0 && <Typography.Text type="secondary">— chưa có tệp</Typography.Text>}
            </Space>
            {c.files.map(line)}
          </div>
        ))}
        {detail.unassignedFiles.length > 0 && (
          <div>
            <Typography.Text strong type="warning">
              Tệp chưa xếp thành phần ({detail.unassignedFiles.length})
            </Typography.Text>
            {detail.unassignedFiles.map(line)}
          </div>
        )}
      </Space>
    </Card>
  );
}
