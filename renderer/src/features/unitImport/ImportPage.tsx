// Import wizard: pick a file -> check the detected header row and columns -> preview -> commit as one undoable batch.
import { FileExcelOutlined, UndoOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  InputNumber,
  Popconfirm,
  Result,
  Row,
  Select,
  Space,
  Steps,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import type { ImportBatch, ImportField, ImportRow, ImportRowStatus } from '#shared/api/types.ts';
import { UNIT_KINDS, UNIT_KIND_LABELS, type UnitKind } from '#shared/domain/units.ts';
import { formatDateTimeVi } from '#shared/text/dates.ts';
import { formatNumberVi } from '#shared/text/numbers.ts';
import { call } from '../../kit/api.ts';
import { useAction } from '../../kit/useAction.ts';
import { useLoad, useLoader } from '../../kit/useLoad.ts';

const FIELD_LABELS: Record<ImportField, string> = {
  name: 'Tên đơn vị',
  kind: 'Loại đơn vị',
  subtype: 'Phân loại',
  parentName: 'Thuộc (cấp trên)',
  address: 'Địa chỉ',
  headName: 'Người đứng đầu',
  headPhone: 'Số điện thoại',
  households: 'Số hộ',
  population: 'Số nhân khẩu',
  notes: 'Ghi chú',
};

const STATUS: Record<ImportRowStatus, { color: string; label: string }> = {
  new: { color: 'green', label: 'Mới' },
  duplicate: { color: 'orange', label: 'Trùng' },
  skipped: { color: 'default', label: 'Bỏ qua' },
  error: { color: 'red', label: 'Lỗi' },
};

const ENCODING_LABELS = {
  unicode: 'Unicode',
  tcvn3: 'TCVN3 (ABC, phông .VnTime) — đã chuyển sang Unicode',
  vni: 'VNI — đã chuyển sang Unicode',
};

interface Choice {
  sheet?: string;
  headerRow?: number;
  mapping?: { index: number; field: ImportField | null }[];
  kind?: UnitKind;
}

export function ImportPage({ onDone }: { onDone: () => void }) {
  const [file, setFile] = useState<{ token: string; fileName: string } | null>(null);
  const [choice, setChoice] = useState<Choice>({});
  // Failures of picking or writing; a failed analysis shows its own below.
  const [failure, setFailure] = useState<string | null>(null);
  const { run, busy: running } = useAction();
  const [done, setDone] = useState<{
    created: number;
    skipped: number;
    errorRows: number[];
    batch: ImportBatch;
  } | null>(null);
  // The user's choice to import the good rows and leave out the rows in error.
  const [skipErrors, setSkipErrors] = useState(false);
  const history = useLoad('unitImport.batches', {});
  const batches = history.data ?? [];
  const loadBatches = history.reload;
  // Keyed by file and choices: a slow answer for choices since changed never replaces the current one.
  const analysed = useLoader(
    file && { token: file.token, ...choice },
    () => call('unitImport.analyze', { token: file!.token, ...choice }),
    { quiet: true },
  );
  const analysis = file ? (analysed.data ?? null) : null;
  const error = failure ?? (file ? analysed.error : null);
  const busy = running() || (file !== null && analysed.loading);

  // Failures of picking and writing are shown in the page's own alert, next to the choices they are about.
  const pick = () => {
    setFailure(null);
    return run(
      'pick',
      async () => {
        const picked = await call('unitImport.pickFile', {});
        if (!picked) return;
        setFile(picked);
        setSkipErrors(false);
        setChoice({});
        setDone(null);
      },
      { onError: setFailure },
    );
  };

  const update = (patch: Choice) => {
    setFailure(null);
    setChoice({ ...choice, ...patch });
  };

  const commit = async () => {
    if (!file) return;
    setFailure(null);
    await run(
      'commit',
      async () => {
        const result = await call('unitImport.commit', { token: file.token, ...choice, skipErrors });
        setDone(result);
        setFile(null);
        loadBatches();
      },
      { onError: setFailure },
    );
  };

  const undo = (batch: ImportBatch) =>
    run(
      `undo:${batch.id}`,
      async () => {
        await call('unitImport.undo', { id: batch.id });
        loadBatches();
      },
      { success: `Đã hoàn tác lần nhập từ ${batch.fileName}.` },
    );

  const step = done ? 2 : analysis ? 1 : 0;
  return (
    <div className="page">
      <Typography.Title level={4} style={{ margin: 0 }}>
        Nhập danh sách đơn vị từ Excel
      </Typography.Title>
      <Steps
        current={step}
        status={done ? 'finish' : 'process'}
        items={[{ title: 'Chọn tệp' }, { title: 'Kiểm tra cột và xem trước' }, { title: 'Hoàn tất' }]}
      />
      {error && <Alert type="error" showIcon message={error} closable onClose={() => setFailure(null)} />}
      {step === 0 && (
        <Card>
          <Space direction="vertical">
            <Typography.Text>
              Chọn tệp .xlsx hoặc .xls. Ứng dụng tự tìm dòng tiêu đề, bỏ qua dòng trống và dòng tổng cộng, chuyển chữ
              TCVN3/VNI sang Unicode và đánh dấu đơn vị đã có.
            </Typography.Text>
            <Button type="primary" icon={<FileExcelOutlined />} onClick={pick} loading={busy}>
              Chọn tệp Excel...
            </Button>
          </Space>
        </Card>
      )}
      {step === 1 && analysis && file && (
        <>
          <Card size="small" title={`Tệp: ${file.fileName}`} extra={<Button onClick={pick}>Chọn tệp khác</Button>}>
            <Row gutter={16}>
              <Col span={6}>
                <Typography.Text type="secondary">Trang tính</Typography.Text>
                <Select
                  style={{ width: '100%' }}
                  value={analysis.sheet}
                  options={analysis.sheets.map((s) => ({ value: s, label: s }))}
                  onChange={(sheet) => update({ sheet, headerRow: undefined, mapping: undefined })}
                />
              </Col>
              <Col span={4}>
                <Typography.Text type="secondary">Dòng tiêu đề</Typography.Text>
                <InputNumber
                  style={{ width: '100%' }}
                  min={1}
                  value={analysis.headerRow}
                  onChange={(v) => typeof v === 'number' && update({ headerRow: v, mapping: undefined })}
                />
              </Col>
              <Col span={6}>
                <Typography.Text type="secondary">Loại cho dòng không ghi loại</Typography.Text>
                <Select
                  allowClear
                  style={{ width: '100%' }}
                  placeholder="Tự nhận theo tên"
                  value={choice.kind}
                  options={UNIT_KINDS.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] }))}
                  onChange={(kind) => update({ kind: kind ?? undefined })}
                />
              </Col>
              <Col span={8}>
                <Typography.Text type="secondary">Bảng mã chữ</Typography.Text>
                <div>{ENCODING_LABELS[analysis.encoding]}</div>
              </Col>
            </Row>
            <Typography.Text type="secondary" style={{ display: 'block', marginTop: 12 }}>
              Gán cột
            </Typography.Text>
            <Space wrap>
              {analysis.columns
                .filter((c) => (c.header.trim() !== '' && !/^Cột \d+$/.test(c.header)) || c.field)
                .map((c) => (
                  <Space key={c.index} direction="vertical" size={0}>
                    <Typography.Text strong ellipsis style={{ maxWidth: 180 }}>
                      {c.header}
                    </Typography.Text>
                    <Select
                      size="small"
                      style={{ width: 180 }}
                      value={c.field ?? 'none'}
                      aria-label={`Cột ${c.header}`}
                      options={[
                        { value: 'none', label: '(không nhập)' },
                        ...Object.entries(FIELD_LABELS).map(([value, label]) => ({ value, label })),
                      ]}
                      onChange={(v) =>
                        update({
                          mapping: analysis.columns.map((col) => ({
                            index: col.index,
                            field:
                              col.index === c.index
                                ? v === 'none'
                                  ? null
                                  : (v as ImportField)
                                : col.field === v
                                  ? null
                                  : col.field,
                          })),
                        })
                      }
                    />
                  </Space>
                ))}
            </Space>
          </Card>
          <Space>
            {(Object.keys(STATUS) as ImportRowStatus[]).map((s) => (
              <Tag key={s} color={STATUS[s].color}>
                {STATUS[s].label}: {analysis.counts[s]}
              </Tag>
            ))}
          </Space>
          <Table<ImportRow>
            size="small"
            rowKey="rowNumber"
            loading={busy}
            dataSource={analysis.rows}
            pagination={{ pageSize: 50, showSizeChanger: false }}
            scroll={{ y: 420 }}
            columns={[
              { title: 'Dòng', dataIndex: 'rowNumber', width: 70 },
              { title: 'Tên đơn vị', dataIndex: 'name' },
              {
                title: 'Loại',
                dataIndex: 'kind',
                width: 140,
                render: (k: UnitKind | null) => (k ? UNIT_KIND_LABELS[k] : ''),
              },
              { title: 'Số hộ', dataIndex: 'households', width: 90, align: 'right', render: formatNumberVi },
              { title: 'Nhân khẩu', dataIndex: 'population', width: 100, align: 'right', render: formatNumberVi },
              {
                title: 'Kết quả',
                dataIndex: 'status',
                width: 90,
                render: (s: ImportRowStatus) => <Tag color={STATUS[s].color}>{STATUS[s].label}</Tag>,
              },
              { title: 'Ghi chú', dataIndex: 'problems', render: (p: string[]) => p.join(' ') },
            ]}
          />
          <Space>
            <Button
              type="primary"
              onClick={commit}
              loading={busy}
              disabled={(analysis.counts.error > 0 && !skipErrors) || analysis.counts.new === 0}
            >
              Nhập {analysis.counts.new} đơn vị
            </Button>
            {analysis.counts.error > 0 && (
              <>
                <Typography.Text type="danger">
                  Còn {analysis.counts.error} dòng lỗi: hãy sửa tệp hoặc cách gán cột, hoặc
                </Typography.Text>
                <Checkbox checked={skipErrors} onChange={(e) => setSkipErrors(e.target.checked)}>
                  bỏ qua {analysis.counts.error} dòng lỗi, nhập các dòng đúng
                </Checkbox>
              </>
            )}
          </Space>
        </>
      )}
      {step === 2 && done && (
        <Result
          status="success"
          title={`Đã nhập ${done.created} đơn vị`}
          subTitle={
            `Bỏ qua ${done.skipped} dòng (trùng, tổng cộng, tiêu đề nhóm${done.errorRows.length ? ', dòng lỗi' : ''}).` +
            (done.errorRows.length
              ? ` Các dòng lỗi không nhập: ${done.errorRows.length} dòng (dòng ${done.errorRows.join(', ')}).`
              : '') +
            ' Có thể hoàn tác lần nhập này bên dưới.'
          }
          extra={[
            <Button type="primary" key="list" onClick={onDone}>
              Xem danh sách đơn vị
            </Button>,
            <Button key="again" onClick={() => setDone(null)}>
              Nhập tệp khác
            </Button>,
          ]}
        />
      )}
      {batches.length > 0 && (
        <Card size="small" title="Các lần nhập">
          <Table<ImportBatch>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={batches}
            columns={[
              { title: 'Thời gian', dataIndex: 'createdAt', width: 150, render: formatDateTimeVi },
              { title: 'Tệp', dataIndex: 'fileName' },
              { title: 'Số đơn vị', dataIndex: 'unitCount', width: 100, align: 'right' },
              { title: 'Người nhập', dataIndex: 'createdBy', width: 140 },
              {
                title: '',
                width: 170,
                render: (_v, b) =>
                  b.undoneAt ? (
                    <Typography.Text type="secondary">Đã hoàn tác {formatDateTimeVi(b.undoneAt)}</Typography.Text>
                  ) : (
                    <Popconfirm
                      title={`Xóa ${b.unitCount} đơn vị của lần nhập này?`}
                      okText="Hoàn tác"
                      cancelText="Không"
                      onConfirm={() => undo(b)}
                    >
                      <Button size="small" icon={<UndoOutlined />}>
                        Hoàn tác
                      </Button>
                    </Popconfirm>
                  ),
              },
            ]}
          />
        </Card>
      )}
    </div>
  );
}
