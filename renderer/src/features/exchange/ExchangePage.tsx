// Trao đổi dữ liệu: a commune writes its year to a package for a USB stick; an office imports a package after it
// has been checked completely and previewed; what was imported, from whom and when, stays listed.
import { ExportOutlined, ImportOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import {
  PACKAGE_KIND_LABELS,
  RECORD_KINDS,
  RECORD_KIND_LABELS,
  type ImportPreview,
  type ImportRecordView,
  type ImportResult,
  type PackageKind,
  type ReceivedOfficeView,
} from '#shared/api/exchangeTypes.ts';
import { formatDateTimeVi } from '#shared/text/dates.ts';
import { formatFileSize } from '#shared/text/fileSize.ts';
import { formatNumberVi } from '#shared/text/numbers.ts';
import { call } from '../../kit/api.ts';
import { useAction } from '../../kit/useAction.ts';
import { useLoad } from '../../kit/useLoad.ts';
import { useSession } from '../../kit/session.tsx';
import { useCan } from '../../kit/useCan.ts';
import { useYear } from '../../kit/year.tsx';
import { useJobRunner } from '../../kit/useJobRunner.tsx';
import { ImportPreviewModal, type ImportChoices } from './ImportPreviewModal.tsx';
import { ReceivedDrawer } from './ReceivedDrawer.tsx';

/** "12 đơn vị, 30 hồ sơ" from per-kind counts, skipping kinds with none. */
export function describeCounts(counts: Partial<Record<string, number>>): string {
  const parts = RECORD_KINDS.filter((k) => (counts[k] ?? 0) > 0).map(
    (k) => `${formatNumberVi(counts[k]!)} ${RECORD_KIND_LABELS[k].toLowerCase()}`,
  );
  return parts.length ? parts.join(', ') : 'không ghi gì';
}

const packageKindLabel = (k: string) => PACKAGE_KIND_LABELS[k as PackageKind] ?? k;

export function ExchangePage() {
  const { state } = useSession();
  const writer = useCan('exchange.apply');
  const year = useYear();
  const { message, modal } = App.useApp();
  const jobs = useJobRunner();
  const { run } = useAction();
  const loaded = useLoad('exchange.overview', {});
  const overview = loaded.data ?? null;
  const load = loaded.reload;
  const [pending, setPending] = useState<{ preview: ImportPreview; token: string } | null>(null);
  const [shownOffice, setShownOffice] = useState<number | null>(null);
  const above = state.office?.level === 'cap_tren';

  const attempt = (work: () => Promise<void>) => run('job', work, { errorTitle: 'Không thực hiện được' });

  const exportPackage = (kind: PackageKind) =>
    attempt(async () => {
      const started = await call('exchange.export', kind === 'criteria' ? { kind } : { kind, year });
      if (!started) return;
      const done = await jobs.run(
        started,
        kind === 'criteria' ? 'Đang xuất gói tiêu chí' : `Đang xuất gói dữ liệu năm ${year}`,
      );
      if (!done) return;
      const files = done.counts.files ? `, ${formatNumberVi(done.counts.files)} tệp đính kèm` : '';
      void modal.success({
        title: kind === 'criteria' ? 'Đã xuất gói tiêu chí' : 'Đã xuất gói dữ liệu',
        content: `Tệp ${done.fileName} (${formatFileSize(done.size)}): ${describeCounts(done.counts)}${files}. ${
          kind === 'criteria'
            ? 'Hãy chép tệp này vào USB để gửi các xã, phường.'
            : 'Hãy chép tệp này vào USB để gửi cấp trên.'
        }`,
      });
    });

  const pick = () =>
    attempt(async () => {
      const picked = await call('exchange.preview', {});
      if (!picked) return;
      const preview = await jobs.run(picked, `Đang kiểm tra gói ${picked.fileName}`);
      if (preview) setPending({ preview, token: picked.token });
    });

  const apply = (choices: ImportChoices) =>
    attempt(async () => {
      if (!pending) return;
      const { token, preview } = pending;
      setPending(null);
      const started = await call('exchange.apply', { token, ...choices });
      const result: ImportResult | null = await jobs.run(started, `Đang nhập gói của ${preview.office.name}`);
      if (result) {
        void message.success(
          result.applied ? `Đã nhập: ${describeCounts(result.written)}.` : 'Không có gì thay đổi: dữ liệu đã như gói.',
          6,
        );
      } else void message.info('Đã hủy nhập gói; dữ liệu giữ nguyên như trước.');
      load();
    });

  return (
    <div className="page">
      <Typography.Title level={4} style={{ margin: 0 }}>
        Trao đổi dữ liệu
      </Typography.Title>
      {jobs.modal}
      <ImportPreviewModal
        preview={pending?.preview ?? null}
        onImport={(c) => void apply(c)}
        onCancel={() => setPending(null)}
      />
      <ReceivedDrawer officeId={shownOffice} onClose={() => setShownOffice(null)} />
      <Card>
        <Space wrap>
          <Button
            type={above ? 'default' : 'primary'}
            icon={<ExportOutlined />}
            disabled={!writer || jobs.busy}
            onClick={() => void exportPackage('commune-year')}
          >
            Xuất gói dữ liệu năm {year}...
          </Button>
          {above && (
            <Button
              type={above ? 'primary' : 'default'}
              icon={<ExportOutlined />}
              disabled={!writer || jobs.busy}
              onClick={() => void exportPackage('criteria')}
            >
              Xuất gói tiêu chí cho cấp dưới...
            </Button>
          )}
          <Button icon={<ImportOutlined />} disabled={!writer || jobs.busy} onClick={() => void pick()}>
            Nhập gói từ tệp...
          </Button>
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          Gói dữ liệu năm (xã, phường gửi cấp trên) gồm danh sách đơn vị, hồ sơ của năm (đăng ký, thẩm định, tệp đính
          kèm) và các quyết định đã ký cùng văn bản đã ban hành.{' '}
          {above
            ? 'Gói tiêu chí (gửi xuống các xã, phường) gồm các bộ tiêu chí và mẫu quyết định công nhận. '
            : 'Gói tiêu chí nhận từ cấp trên thêm bộ tiêu chí và mẫu quyết định của cấp trên. '}
          Khi nhập, phần mềm kiểm tra toàn bộ gói và cho xem trước những gì mới, thay đổi hoặc xung đột; chưa bấm
          &quot;Nhập&quot; thì chưa ghi gì.
        </Typography.Paragraph>
      </Card>
      <Card title="Dữ liệu nhận từ các cơ quan">
        <Table<ReceivedOfficeView>
          size="small"
          rowKey="id"
          loading={overview === null}
          dataSource={overview?.offices ?? []}
          pagination={false}
          locale={{ emptyText: 'Chưa nhận gói nào.' }}
          columns={[
            { title: 'Cơ quan gửi', dataIndex: 'name' },
            { title: 'Đơn vị', dataIndex: 'units', align: 'right', render: (n: number) => formatNumberVi(n) },
            {
              title: 'Hồ sơ theo năm',
              key: 'years',
              render: (_v, o) =>
                o.dossierYears.length
                  ? o.dossierYears.map((y) => `${y.year}: ${formatNumberVi(y.dossiers)}`).join('; ')
                  : '—',
            },
            { title: 'Quyết định', dataIndex: 'decisions', align: 'right', render: (n: number) => formatNumberVi(n) },
            {
              title: 'Tiêu chí, mẫu',
              key: 'criteria',
              render: (_v, o) =>
                [
                  o.criteriaSets ? `${formatNumberVi(o.criteriaSets)} bộ tiêu chí` : '',
                  o.template ? 'mẫu quyết định đang dùng' : '',
                ]
                  .filter(Boolean)
                  .join(', ') || '—',
            },
            { title: 'Nhận gần nhất', dataIndex: 'lastSeenAt', render: (v: string) => formatDateTimeVi(v) },
            {
              title: '',
              key: 'open',
              render: (_v, o) =>
                o.units + o.decisions + o.dossierYears.length > 0 && (
                  <Button size="small" onClick={() => setShownOffice(o.id)}>
                    Xem dữ liệu
                  </Button>
                ),
            },
          ]}
        />
      </Card>
      <Card title="Các gói đã nhập">
        <Table<ImportRecordView>
          size="small"
          rowKey="id"
          loading={overview === null}
          dataSource={overview?.imports ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: 'Chưa nhập gói nào.' }}
          columns={[
            { title: 'Nhập lúc', dataIndex: 'importedAt', render: (v: string) => formatDateTimeVi(v) },
            { title: 'Người nhập', dataIndex: 'importedBy' },
            { title: 'Nơi gửi', dataIndex: 'officeName' },
            { title: 'Loại gói', dataIndex: 'packageKind', render: packageKindLabel },
            { title: 'Năm', dataIndex: 'year', render: (y: number | null) => y ?? '—' },
            { title: 'Gói tạo lúc', dataIndex: 'packageCreatedAt', render: (v: string) => formatDateTimeVi(v) },
            { title: 'Tệp gói', dataIndex: 'fileName' },
            { title: 'Đã ghi', dataIndex: 'written', render: (w: ImportRecordView['written']) => describeCounts(w) },
          ]}
        />
      </Card>
    </div>
  );
}
