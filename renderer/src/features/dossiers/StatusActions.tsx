// Propose the unit for recognition, or not (with a reason), once the appraisal is saved.
import { CheckCircleOutlined, RollbackOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { DossierDetail } from '#shared/api/roundTypes.ts';
import type { DossierStatus } from '#shared/domain/round.ts';
import { proposalGaps } from '#shared/domain/proposalGaps.ts';
import { call } from '../../kit/api.ts';
import { FormModal } from '../../kit/FormModal.tsx';
import { useAction } from '../../kit/useAction.ts';

export function StatusActions(props: {
  detail: DossierDetail;
  needsSave: boolean;
  onChanged: (d: DossierDetail) => void;
}) {
  const { detail, needsSave } = props;
  const actions = useAction();
  const busy = actions.busy('move');
  const [asking, setAsking] = useState(false);
  // Proposing a dossier that still lacks parts or assessments: warn and ask why.
  const [proposing, setProposing] = useState(false);
  const [why, setWhy] = useState('');
  const [whyMissing, setWhyMissing] = useState(false);
  const gaps = proposalGaps(detail);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const decided = detail.status === 'da_cong_nhan';

  const move = async (status: DossierStatus, why: string | null, done: string) => {
    const changed = await actions.run(
      'move',
      () => call('dossiers.setStatus', { dossierId: detail.id, status, reason: why }),
      { success: done },
    );
    if (changed) props.onChanged(changed);
    return changed !== undefined;
  };

  const proposeBlocked = needsSave
    ? 'Hãy lưu thẩm định trước.'
    : detail.result !== 'dat'
      ? 'Chỉ đề nghị công nhận khi kết quả thẩm định là Đạt.'
      : null;
  const initialReason = detail.result === 'chua_dat' ? 'Kết quả thẩm định: Chưa đạt.' : '';
  const openNotPropose = () => {
    setReason(initialReason);
    setReasonMissing(false);
    setAsking(true);
  };
  const confirmNotPropose = async () => {
    if (!reason.trim()) return setReasonMissing(true);
    if (await move('khong_de_nghi', reason.trim(), 'Đã ghi: không đề nghị công nhận.')) setAsking(false);
  };

  const confirmPropose = async () => {
    if (!why.trim()) return setWhyMissing(true);
    if (await move('de_nghi', why.trim(), 'Đã chuyển sang Đề nghị công nhận.')) setProposing(false);
  };

  if (decided) return <Typography.Text type="secondary">Hồ sơ đã có quyết định công nhận.</Typography.Text>;
  return (
    <>
      {detail.status === 'de_nghi' && detail.result !== 'dat' && !needsSave && (
        <Typography.Text type="danger">
          Kết quả thẩm định không còn là Đạt nhưng hồ sơ vẫn đang đề nghị công nhận: hãy trả về hoặc chọn Không đề nghị.
        </Typography.Text>
      )}
      <Tooltip title={proposeBlocked}>
        <Button
          icon={<CheckCircleOutlined />}
          aria-label="Đề nghị công nhận"
          disabled={proposeBlocked !== null || detail.status === 'de_nghi' || busy}
          onClick={() => {
            if (gaps.length === 0) return void move('de_nghi', null, 'Đã chuyển sang Đề nghị công nhận.');
            setWhy('');
            setWhyMissing(false);
            setProposing(true);
          }}
        >
          Đề nghị công nhận
        </Button>
      </Tooltip>
      <Tooltip title={needsSave ? 'Hãy lưu thẩm định trước.' : null}>
        <Button
          danger
          icon={<StopOutlined />}
          aria-label="Không đề nghị"
          disabled={needsSave || detail.status === 'khong_de_nghi' || busy}
          onClick={openNotPropose}
        >
          Không đề nghị
        </Button>
      </Tooltip>
      {(detail.status === 'de_nghi' || detail.status === 'khong_de_nghi') && (
        <Button
          icon={<RollbackOutlined />}
          aria-label="Trả về Đã thẩm định"
          disabled={busy}
          onClick={() => void move('da_tham_dinh', null, 'Đã trả về trạng thái Đã thẩm định.')}
        >
          Trả về Đã thẩm định
        </Button>
      )}
      <FormModal
        open={proposing}
        busy={busy}
        title={`Đề nghị công nhận ${detail.unitName}`}
        okText="Vẫn đề nghị công nhận"
        cancelText="Đóng"
        onOk={() => void confirmPropose()}
        onClose={() => setProposing(false)}
        dirty={() => why.trim() !== ''}
        destroyOnHidden
      >
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={`Hồ sơ ${gaps.join('; ')}.`} />
        <Typography.Paragraph>Nếu vẫn đề nghị, hãy ghi lý do; lý do được lưu trong lịch sử hồ sơ.</Typography.Paragraph>
        <Input.TextArea
          aria-label="Lý do vẫn đề nghị"
          rows={3}
          maxLength={2000}
          status={whyMissing && !why.trim() ? 'error' : undefined}
          value={why}
          onChange={(e) => setWhy(e.target.value)}
        />
        {whyMissing && !why.trim() && <Typography.Text type="danger">Hãy ghi lý do.</Typography.Text>}
      </FormModal>
      <FormModal
        open={asking}
        busy={busy}
        title={`Không đề nghị công nhận ${detail.unitName}`}
        okText="Ghi không đề nghị"
        cancelText="Đóng"
        okButtonProps={{ danger: true }}
        onOk={() => void confirmNotPropose()}
        onClose={() => setAsking(false)}
        dirty={() => reason !== initialReason}
        destroyOnHidden
      >
        <Typography.Paragraph>Lý do được lưu trong lịch sử hồ sơ.</Typography.Paragraph>
        <Input.TextArea
          aria-label="Lý do không đề nghị"
          rows={3}
          maxLength={2000}
          status={reasonMissing && !reason.trim() ? 'error' : undefined}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        {reasonMissing && !reason.trim() && <Typography.Text type="danger">Hãy ghi lý do.</Typography.Text>}
      </FormModal>
    </>
  );
}
