// Thành phần hồ sơ: each component with its files, what is missing, and the user's control over the files: add one
// (button or drag and drop, onto a component or anywhere), sort one into a component, move one to another unit's
// dossier, remove one (recoverable until the next backup) and put a removed one back.
import { CheckCircleFilled, CloseCircleFilled, FileOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Popconfirm, Select, Space, Typography } from 'antd';
import { useState, type DragEvent } from 'react';
import type { DossierDetail, DossierFile } from '#shared/api/roundTypes.ts';
import { formatDateTimeVi } from '#shared/text/dates.ts';
import { call } from '../../kit/api.ts';
import { useAction } from '../../kit/useAction.ts';
import { formatFileSize } from '#shared/text/fileSize.ts';
import { MoveFileModal } from './MoveFileModal.tsx';

/** A dropped file's bytes as base64, how they travel to main (no path leaves the page). */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error(`Không đọc được tệp "${file.name}".`));
    reader.readAsDataURL(file);
  });
}

function FileLine(props: {
  file: DossierFile;
  options: { value: string; label: string }[];
  readOnly: boolean;
  onMove: (file: DossierFile, code: string | null) => void;
  onOpen: (file: DossierFile) => void;
  onTransfer: (file: DossierFile) => void;
  onRemove: (file: DossierFile) => void;
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
      {!props.readOnly && (
        <>
          <Button
            size="small"
            aria-label={`Chuyển tệp ${f.originalName} sang hồ sơ khác`}
            onClick={() => props.onTransfer(f)}
          >
            Chuyển
          </Button>
          <Popconfirm
            title={`Gỡ tệp “${f.originalName}” khỏi hồ sơ?`}
            description="Tệp còn khôi phục được cho tới lần sao lưu tiếp theo."
            okText="Gỡ"
            okButtonProps={{ danger: true }}
            cancelText="Không"
            onConfirm={() => props.onRemove(f)}
          >
            <Button size="small" danger aria-label={`Gỡ tệp ${f.originalName}`}>
              Gỡ
            </Button>
          </Popconfirm>
        </>
      )}
    </div>
  );
}

export function ComponentsSection(props: {
  detail: DossierDetail;
  readOnly: boolean;
  onChanged: (d: DossierDetail) => void;
}) {
  const { detail, readOnly } = props;
  const { run, busy } = useAction();
  const [moving, setMoving] = useState<DossierFile | null>(null);
  const [dropping, setDropping] = useState(false);
  const options = detail.components.map((c) => ({ value: c.code, label: c.label }));
  const missing = detail.components.filter((c) => c.required && c.files.length === 0).map((c) => c.label);

  const move = (file: DossierFile, componentCode: string | null) =>
    run(`move:${file.id}`, async () =>
      props.onChanged(await call('dossierFiles.setComponent', { fileId: file.id, componentCode })),
    );
  const open = (file: DossierFile) => run(`open:${file.id}`, () => call('dossierFiles.open', { fileId: file.id }));
  const remove = (file: DossierFile) =>
    run(
      `remove:${file.id}`,
      async () => props.onChanged(await call('dossierFiles.remove', { fileId: file.id, reason: null })),
      { success: `Đã gỡ tệp "${file.originalName}"; có thể khôi phục trong mục "Tệp đã gỡ".` },
    );
  const restore = (removedId: number, name: string) =>
    run(`restore:${removedId}`, async () => props.onChanged(await call('dossierFiles.restore', { removedId })), {
      success: `Đã khôi phục tệp "${name}".`,
    });
  const add = (componentCode: string | null) =>
    run(
      `add:${componentCode ?? ''}`,
      async () => {
        const d = await call('dossierFiles.add', { dossierId: detail.id, componentCode });
        if (d) props.onChanged(d);
        return d;
      },
      { success: (d) => (d ? 'Đã thêm tệp vào hồ sơ.' : null) },
    );
  /** Dropped files go one by one to the component they were dropped on (or unsorted). */
  const drop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDropping(false);
    if (readOnly) return;
    const target = (e.target as HTMLElement).closest('[data-component]');
    const componentCode = target?.getAttribute('data-component') ?? null;
    const files = [...e.dataTransfer.files];
    void run(
      'drop',
      async () => {
        for (const file of files) {
          const contentBase64 = await base64Of(file);
          const d = await call('dossierFiles.addDropped', {
            dossierId: detail.id,
            componentCode,
            fileName: file.name,
            contentBase64,
          });
          props.onChanged(d);
        }
        return files.length;
      },
      { success: (n) => (n > 0 ? `Đã thêm ${n} tệp vào hồ sơ.` : null) },
    );
  };
  const line = (f: DossierFile) => (
    <FileLine
      key={f.id}
      file={f}
      options={options}
      readOnly={readOnly}
      onMove={move}
      onOpen={open}
      onTransfer={setMoving}
      onRemove={(x) => void remove(x)}
    />
  );

  return (
    <Card
      title="Thành phần hồ sơ"
      size="small"
      extra={
        !readOnly && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            aria-label="Thêm tệp vào hồ sơ"
            loading={busy('add:')}
            onClick={() => void add(null)}
          >
            Thêm tệp
          </Button>
        )
      }
    >
      <div
        className={dropping ? 'dossier-drop dossier-drop-active' : 'dossier-drop'}
        aria-label="Vùng kéo thả tệp vào hồ sơ"
        onDragOver={(e) => {
          if (readOnly) return;
          e.preventDefault();
          setDropping(true);
        }}
        onDragLeave={() => setDropping(false)}
        onDrop={drop}
      >
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
                {!readOnly && (
                  <Button
                    size="small"
                    type="link"
                    icon={<PlusOutlined />}
                    aria-label={`Thêm tệp vào ${c.label}`}
                    loading={busy(`add:${c.code}`)}
                    onClick={() => void add(c.code)}
                  />
                )}
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
          {!readOnly && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              Kéo thả tệp vào đây (thả lên một thành phần để xếp luôn vào thành phần đó) hoặc bấm “Thêm tệp”.
            </Typography.Text>
          )}
          {detail.removedFiles.length > 0 && (
            <div data-removed-files>
              <Typography.Text strong type="secondary">
                Tệp đã gỡ ({detail.removedFiles.length}) — còn khôi phục được cho tới lần sao lưu tiếp theo
              </Typography.Text>
              {detail.removedFiles.map((r) => (
                <div key={r.id} style={{ display: 'flex', alignItems: 'center', gap: 8, padding: '2px 0 2px 24px' }}>
                  <FileOutlined />
                  <Typography.Text delete style={{ flex: 1 }}>
                    {r.originalName}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    gỡ {formatDateTimeVi(r.removedAt)} bởi {r.removedBy}
                  </Typography.Text>
                  {!readOnly && (
                    <Button
                      size="small"
                      aria-label={`Khôi phục tệp ${r.originalName}`}
                      loading={busy(`restore:${r.id}`)}
                      onClick={() => void restore(r.id, r.originalName)}
                    >
                      Khôi phục
                    </Button>
                  )}
                </div>
              ))}
            </div>
          )}
        </Space>
      </div>
      {moving && (
        <MoveFileModal
          detail={detail}
          file={moving}
          onClose={() => setMoving(null)}
          onMoved={(d) => {
            setMoving(null);
            props.onChanged(d);
          }}
        />
      )}
    </Card>
  );
}
