// Anyone may check whether a .docx is exactly an issued original: main compares its SHA-256 with the register.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import type { Verification } from '#shared/api/decisionTypes.ts';
import { formatDateVi } from '#shared/text/dates.ts';
import { call } from '../../kit/api.ts';
import { useAction } from '../../kit/useAction.ts';

export type Checked = Verification & { fileName: string };

export function verificationText(v: Checked): string {
  if (!v.original) return `Tệp ${v.fileName} KHÔNG phải bản gốc đã ban hành`;
  const what = v.fileKind === 'certificates' ? 'giấy công nhận' : 'quyết định';
  return `Tệp ${v.fileName} là bản gốc ${what} số ${v.number ?? ''} ngày ${formatDateVi(v.signedOn)}`;
}

export function VerifyFileButton({ onResult }: { onResult: (v: Checked) => void }) {
  const { run, busy } = useAction();
  const verify = () =>
    run('verify', async () => {
      const v = await call('decisions.verifyFile', {});
      if (v) onResult(v);
    });
  return (
    <Button icon={<SafetyCertificateOutlined />} loading={busy('verify')} onClick={() => void verify()}>
      Kiểm tra tệp
    </Button>
  );
}

export function VerificationAlert({ result, onClose }: { result: Checked; onClose: () => void }) {
  return (
    <Alert
      className="no-print"
      type={result.original ? 'success' : 'error'}
      showIcon
      closable={{ onClose }}
      title={verificationText(result)}
      description={
        result.original
          ? 'Nội dung tệp trùng khớp từng byte với bản đã ban hành.'
          : 'Tệp đã bị sửa đổi hoặc không do phần mềm này ban hành. Hãy dùng bản gốc trong sổ văn bản.'
      }
    />
  );
}
