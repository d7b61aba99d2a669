// Attach scanned files from a USB folder: pick the folder, check the proposed unit and component per file, attach.
// The files on the USB are only read and copied into the app's store; nothing on the stick is changed.
import { FolderOpenOutlined, UsbOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Result, Space, Typography, type ButtonProps } from 'antd';
import { useState, type ReactNode } from 'react';
import type { AttachResult, FolderProposal } from '#shared/api/roundTypes.ts';
import { compareVietnamese } from '#shared/text/fold.ts';
import { formatNumberVi } from '#shared/text/numbers.ts';
import { call } from '../../kit/api.ts';
import { useAction } from '../../kit/useAction.ts';
import { ACCEPT_CONFIDENCE, UsbProposalTable, type Assignment } from './UsbProposalTable.tsx';

const READ_ONLY_NOTE =
  'Ứng dụng chỉ đọc và chép tệp từ USB vào kho hồ sơ của máy này; tệp trên USB không bị sửa, đổi tên hay xóa.';

function initialAssignments(proposals: FolderProposal[]): Record<string, Assignment> {
  return Object.fromEntries(
    proposals.map((p) => [
      p.relativePath,
      {
        unitId: p.unitConfidence >= ACCEPT_CONFIDENCE ? p.unitId : null,
        unitName: p.unitConfidence >= ACCEPT_CONFIDENCE ? p.unitName : null,
        componentCode: p.componentConfidence >= ACCEPT_CONFIDENCE ? p.componentCode : null,
        manual: false,
      },
    ]),
  );
}

export function UsbAttachWizard(props: { year: number; onClose: (attached: boolean) => void }) {
  const { year } = props;
  const [folder, setFolder] = useState<{ token: string; folderName: string } | null>(null);
  const [proposals, setProposals] = useState<FolderProposal[] | null>(null);
  const [assignments, setAssignments] = useState<Record<string, Assignment>>({});
  const [result, setResult] = useState<AttachResult | null>(null);
  const { run, busy: running } = useAction();
  const busy = running();
  const [error, setError] = useState<string | null>(null);

  const pick = async () => {
    setError(null);
    await run(
      'pick',
      async () => {
        const picked = await call('dossierFiles.pickFolder', {});
        if (!picked) return;
        const found = await call('dossierFiles.preview', { token: picked.token, year });
        // Files needing a decision first, then the rest in path order.
        const sorted = [...found].sort(
          (a, b) =>
            Number(a.unitConfidence >= ACCEPT_CONFIDENCE) - Number(b.unitConfidence >= ACCEPT_CONFIDENCE) ||
            compareVietnamese(a.relativePath, b.relativePath),
        );
        setFolder(picked);
        setProposals(sorted);
        setAssignments(initialAssignments(sorted));
      },
      { onError: setError },
    );
  };

  const attach = async () => {
    if (!folder || !proposals) return;
    setError(null);
    const r = await run(
      'attach',
      () =>
        call('dossierFiles.attach', {
          token: folder.token,
          year,
          assignments: proposals.map((p) => ({
            relativePath: p.relativePath,
            unitId: assignments[p.relativePath]?.unitId ?? null,
            componentCode: assignments[p.relativePath]?.componentCode ?? null,
          })),
        }),
      { success: (done) => `Đã nhận ${formatNumberVi(done.attached)} tệp vào hồ sơ.`, onError: setError },
    );
    if (r) setResult(r);
  };

  const total = proposals?.length ?? 0;
  const unmatched = (proposals ?? []).filter((p) => assignments[p.relativePath]?.unitId == null);
  const matched = total - unmatched.length;
  const close = () => props.onClose(result !== null);

  // The first pick and a pick again: the label is also the accessible name, which the icon would otherwise prefix.
  const pickButton = (label: string, { key, ...props }: ButtonProps & { key?: string }) => (
    <Button key={key} icon={<FolderOpenOutlined />} aria-label={label} onClick={pick} {...props}>
      {label}
    </Button>
  );

  let footer: ReactNode[];
  if (result) {
    footer = [
      <Button key="done" type="primary" onClick={close}>
        Xong
      </Button>,
    ];
  } else if (proposals) {
    footer = [
      pickButton('Chọn thư mục khác...', { key: 'other', disabled: busy }),
      <Button key="close" onClick={close}>
        Đóng
      </Button>,
      <Button key="attach" type="primary" loading={busy} disabled={matched === 0} onClick={attach}>
        Nhận {formatNumberVi(matched)} tệp vào hồ sơ
      </Button>,
    ];
  } else {
    footer = [
      <Button key="close" onClick={close}>
        Đóng
      </Button>,
    ];
  }

  return (
    <Modal
      open
      width={1120}
      style={{ top: 24 }}
      title={`Nhận tệp hồ sơ từ USB — năm ${year}`}
      onCancel={close}
      maskClosable={false}
      footer={footer}
      destroyOnHidden
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert type="info" showIcon icon={<UsbOutlined />} title={READ_ONLY_NOTE} />
        {error && <Alert type="error" showIcon title={error} closable={{ onClose: () => setError(null) }} />}
        {!proposals && !result && (
          <Space orientation="vertical" style={{ padding: '16px 0' }}>
            <Typography.Text>
              Chọn thư mục trên USB chứa tệp hồ sơ (PDF, ảnh chụp, Word). Ứng dụng đọc tên thư mục và tên tệp để gợi ý
              đơn vị và thành phần hồ sơ; anh/chị kiểm tra lại trước khi nhận.
            </Typography.Text>
            {pickButton('Chọn thư mục...', { type: 'primary', loading: busy })}
          </Space>
        )}
        {proposals && !result && folder && (
          <>
            <Typography.Text>
              Thư mục: <Typography.Text strong>{folder.folderName}</Typography.Text> —{' '}
              <Typography.Text strong type={unmatched.length ? 'warning' : 'success'}>
                {formatNumberVi(matched)}/{formatNumberVi(total)} tệp đã khớp; {formatNumberVi(unmatched.length)} tệp
                chưa khớp
              </Typography.Text>
            </Typography.Text>
            {unmatched.length > 0 && (
              <Alert
                type="warning"
                showIcon
                title="Tệp chưa khớp đơn vị sẽ được bỏ qua (không chép). Chọn đơn vị trong bảng nếu muốn nhận:"
                description={
                  <div style={{ maxHeight: 66, overflow: 'auto' }}>
                    {unmatched.map((p) => p.relativePath).join('; ')}
                  </div>
                }
              />
            )}
            <UsbProposalTable
              proposals={proposals}
              assignments={assignments}
              year={year}
              onChange={(path, patch) => setAssignments((prev) => ({ ...prev, [path]: { ...prev[path]!, ...patch } }))}
            />
          </>
        )}
        {result && <AttachSummary result={result} />}
      </Space>
    </Modal>
  );
}

function AttachSummary({ result }: { result: AttachResult }) {
  return (
    <Result
      status="success"
      title={`Đã nhận ${formatNumberVi(result.attached)} tệp vào hồ sơ năm ${result.year}`}
      subTitle={[
        `${formatNumberVi(result.alreadyPresent)} tệp đã có trong hồ sơ từ trước (không chép lại)`,
        `${formatNumberVi(result.dossiersCreated)} hồ sơ mới được tạo`,
        `${formatNumberVi(result.unmatched.length)} tệp bỏ qua vì chưa chọn đơn vị`,
      ].join('; ')}
    >
      {result.unmatched.length > 0 && (
        <div>
          <Typography.Text strong>Tệp bỏ qua:</Typography.Text>
          <ul style={{ maxHeight: 160, overflow: 'auto' }}>
            {result.unmatched.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </Result>
  );
}
