// "Nhận hồ sơ": records the day the unit handed its dossier in (paper or files).
import { InboxOutlined } from '@ant-design/icons';
import { Button, Modal, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { DossierDetail } from '#shared/api/roundTypes.ts';
import { call } from '../../kit/api.ts';
import { useAction } from '../../kit/useAction.ts';
import { toIso } from '../../kit/dates.ts';
import { DateInput } from '../../kit/DateInput.tsx';

export function ReceiveDossier(props: { detail: DossierDetail; onChanged: (d: DossierDetail) => void }) {
  const { detail } = props;
  const [open, setOpen] = useState(false);
  const [day, setDay] = useState<Dayjs | null>(dayjs());
  const { run, busy } = useAction();

  const receive = () =>
    day &&
    run(
      'receive',
      async () => {
        const d = await call('dossiers.receive', { year: detail.year, unitId: detail.unitId, receivedOn: toIso(day)! });
        setOpen(false);
        props.onChanged(d);
      },
      { success: `Đã nhận hồ sơ của ${detail.unitName}.` },
    );

  return (
    <>
      <Button type="primary" icon={<InboxOutlined />} aria-label="Nhận hồ sơ" onClick={() => setOpen(true)}>
        Nhận hồ sơ
      </Button>
      <Modal
        open={open}
        title={`Nhận hồ sơ của ${detail.unitName}`}
        okText="Ghi nhận"
        cancelText="Đóng"
        okButtonProps={{ disabled: !day, loading: busy('receive') }}
        onOk={receive}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Space orientation="vertical">
          <Typography.Text>Ngày nhận</Typography.Text>
          <DateInput aria-label="Ngày nhận" value={day} onChange={setDay} />
          {!detail.complete && (
            <Typography.Text type="warning">
              Hồ sơ còn thiếu thành phần bắt buộc; vẫn có thể nhận và bổ sung sau.
            </Typography.Text>
          )}
        </Space>
      </Modal>
    </>
  );
}
