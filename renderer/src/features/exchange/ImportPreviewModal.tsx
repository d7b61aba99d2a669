// What a checked package would change, per kind, and the user's choice on every conflict, before anything is
// written. "Nhập" applies the package with these choices; closing the dialog writes nothing.
import { Alert, Button, Descriptions, Modal, Radio, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import {
  PACKAGE_KIND_LABELS,
  RECORD_KINDS,
  RECORD_KIND_LABELS,
  conflictKey,
  type Conflict,
  type ConflictChoice,
  type ImportPreview,
  type RecordKind,
} from '#shared/api/exchangeTypes.ts';
import { formatDateTimeVi } from '#shared/text/dates.ts';
import { formatFileSize } from '#shared/text/fileSize.ts';
import { formatNumberVi } from '#shared/text/numbers.ts';

export interface ImportChoices {
  onConflict: ConflictChoice;
  choices: Record<string, ConflictChoice>;
}

interface CountRow {
  kind: RecordKind;
  label: string;
  new: number;
  changed: number;
  conflicting: number;
  unchanged: number;
}

/** Kinds the package holds, in the app's order; a criteria package shows no empty unit rows. */
export function countRows(preview: ImportPreview): CountRow[] {
  return RECORD_KINDS.map((kind) => ({ kind, label: RECORD_KIND_LABELS[kind], ...preview.counts[kind] })).filter(
    (r) => r.new + r.changed + r.conflicting + r.unchanged > 0,
  );
}

/** What applying would write: new and changed records, plus the conflicts taken from the package. */
export function toWrite(preview: ImportPreview, choices: ImportChoices): number {
  const taken = preview.conflicts.filter(
    (c) => (choices.choices[conflictKey(c.kind, c.id)] ?? choices.onConflict) === 'take',
  ).length;
  // Conflicts beyond the listed ones follow the overall choice.
  const unlisted = countRows(preview).reduce((n, r) => n + r.conflicting, 0) - preview.conflicts.length;
  return (
    countRows(preview).reduce((n, r) => n + r.new + r.changed, 0) +
    taken +
    (choices.onConflict === 'take' ? Math.max(0, unlisted) : 0)
  );
}

const number = (n: number) => (n === 0 ? <Typography.Text type="secondary">0</Typography.Text> : formatNumberVi(n));

export function ImportPreviewModal({
  preview,
  onImport,
  onCancel,
}: {
  preview: ImportPreview | null;
  onImport: (choices: ImportChoices) => void;
  onCancel: () => void;
}) {
  return (
    <Modal
      open={preview !== null}
      title="Nhập gói dữ liệu"
      onCancel={onCancel}
      width={980}
      footer={null}
      destroyOnHidden
    >
      {preview && <PreviewBody preview={preview} onImport={onImport} onCancel={onCancel} />}
    </Modal>
  );
}

function PreviewBody({
  preview,
  onImport,
  onCancel,
}: {
  preview: ImportPreview;
  onImport: (choices: ImportChoices) => void;
  onCancel: () => void;
}) {
  const [onConflict, setOnConflict] = useState<ConflictChoice>('keep');
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({});
  const rows = useMemo(() => countRows(preview), [preview]);
  const conflicting = rows.reduce((n, r) => n + r.conflicting, 0);
  const writes = toWrite(preview, { onConflict, choices });
  const setAll = (choice: ConflictChoice) => {
    setOnConflict(choice);
    setChoices({});
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Alert
        type="success"
        showIcon
        title="Gói nguyên vẹn: đã kiểm tra kích thước và mã SHA-256 của mọi tệp trong gói. Chưa có gì được ghi."
      />
      {preview.alreadyImported && (
        <Alert
          type="info"
          showIcon
          title="Gói này đã được nhập trước đây. Nhập lại chỉ ghi những gì đã bị sửa ở đây mà bạn chọn lấy theo gói."
        />
      )}
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label="Nơi gửi" span={2}>
          {preview.office.name}
          {preview.office.province ? ` (${preview.office.province})` : ''}
        </Descriptions.Item>
        <Descriptions.Item label="Loại gói">{PACKAGE_KIND_LABELS[preview.packageKind]}</Descriptions.Item>
        <Descriptions.Item label="Năm">{preview.year ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="Tạo lúc">{formatDateTimeVi(preview.createdAt)}</Descriptions.Item>
        <Descriptions.Item label="Phiên bản phần mềm gửi">{preview.appVersion}</Descriptions.Item>
        <Descriptions.Item label="Tệp gói" span={2}>
          {preview.fileName}
        </Descriptions.Item>
        {preview.files.total > 0 && (
          <Descriptions.Item label="Tệp đính kèm" span={2}>
            {formatNumberVi(preview.files.total)} tệp, trong đó {formatNumberVi(preview.files.newFiles)} tệp mới (
            {formatFileSize(preview.files.bytes)})
          </Descriptions.Item>
        )}
      </Descriptions>
      <Table<CountRow>
        size="small"
        rowKey="kind"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: 'Gói không có bản ghi nào.' }}
        columns={[
          { title: 'Loại', dataIndex: 'label' },
          { title: 'Mới', dataIndex: 'new', align: 'right', render: number },
          { title: 'Thay đổi', dataIndex: 'changed', align: 'right', render: number },
          {
            title: 'Xung đột',
            dataIndex: 'conflicting',
            align: 'right',
            render: (n: number) =>
              n > 0 ? <Typography.Text type="warning">{formatNumberVi(n)}</Typography.Text> : number(n),
          },
          { title: 'Không đổi', dataIndex: 'unchanged', align: 'right', render: number },
        ]}
      />
      {conflicting > 0 && (
        <ConflictList
          preview={preview}
          total={conflicting}
          onConflict={onConflict}
          choices={choices}
          setAll={setAll}
          setOne={(id, c) => setChoices((all) => ({ ...all, [id]: c }))}
        />
      )}
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary">
          {writes === 0
            ? 'Không có gì để ghi: dữ liệu ở đây đã đúng như gói (hoặc bạn giữ mọi bản ở đây).'
            : `Sẽ ghi ${formatNumberVi(writes)} bản ghi trong một lần; nếu có lỗi giữa chừng, dữ liệu giữ nguyên như trước.`}
        </Typography.Text>
        <Space>
          <Button onClick={onCancel}>Không nhập</Button>
          <Button type="primary" disabled={writes === 0} onClick={() => onImport({ onConflict, choices })}>
            Nhập
          </Button>
        </Space>
      </Space>
    </Space>
  );
}

function ConflictList({
  preview,
  total,
  onConflict,
  choices,
  setAll,
  setOne,
}: {
  preview: ImportPreview;
  total: number;
  onConflict: ConflictChoice;
  choices: Record<string, ConflictChoice>;
  setAll: (c: ConflictChoice) => void;
  setOne: (id: string, c: ConflictChoice) => void;
}) {
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text strong>
          {formatNumberVi(total)} bản ghi xung đột: chọn giữ bản đang có ở đây hay lấy bản trong gói.
        </Typography.Text>
        <Space>
          <Button size="small" onClick={() => setAll('keep')}>
            Giữ tất cả bản ở đây
          </Button>
          <Button size="small" onClick={() => setAll('take')}>
            Lấy tất cả theo gói
          </Button>
        </Space>
      </Space>
      {total > preview.conflicts.length && (
        <Typography.Text type="secondary">
          Chỉ liệt kê {formatNumberVi(preview.conflicts.length)} bản ghi đầu; các bản ghi còn lại theo lựa chọn chung (
          {onConflict === 'keep' ? 'giữ bản ở đây' : 'lấy theo gói'}).
        </Typography.Text>
      )}
      <Table<Conflict>
        size="small"
        rowKey={(c) => conflictKey(c.kind, c.id)}
        dataSource={preview.conflicts}
        pagination={preview.conflicts.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        columns={[
          { title: 'Loại', dataIndex: 'kind', width: 100, render: (k: RecordKind) => RECORD_KIND_LABELS[k] },
          { title: 'Bản ghi', dataIndex: 'label', width: 200 },
          {
            title: 'Lý do',
            dataIndex: 'reason',
            render: (r: string, c) => (
              <Space orientation="vertical" size={0}>
                <Typography.Text type="secondary">{r}</Typography.Text>
                {c.details?.map((d) => (
                  <Typography.Text key={d.field} style={{ fontSize: 12 }}>
                    {d.field}: ở đây <Typography.Text mark>{d.here || '(trống)'}</Typography.Text>, trong gói{' '}
                    <Typography.Text mark>{d.package || '(trống)'}</Typography.Text>
                  </Typography.Text>
                ))}
              </Space>
            ),
          },
          {
            title: 'Chọn',
            key: 'choice',
            width: 250,
            render: (_v, c) => (
              <Radio.Group
                size="small"
                optionType="button"
                value={choices[conflictKey(c.kind, c.id)] ?? onConflict}
                onChange={(e) => setOne(conflictKey(c.kind, c.id), e.target.value as ConflictChoice)}
                options={[
                  { value: 'keep', label: 'Giữ bản ở đây' },
                  { value: 'take', label: 'Lấy theo gói' },
                ]}
              />
            ),
          },
        ]}
      />
    </Space>
  );
}
