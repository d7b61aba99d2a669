// The tờ trình from the standing office asking the chair to recognise the decision's units, saved as .docx where
// the user chooses. With its number and date, a draft's "Theo đề nghị của ..." basis is rewritten to cite it.
import { Alert, Form, Input, InputNumber, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Decision } from '#shared/api/decisionTypes.ts';
import { call } from '../../kit/api.ts';
import { DateInput } from '../../kit/DateInput.tsx';
import { toIso } from '../../kit/dates.ts';
import { FormModal } from '../../kit/FormModal.tsx';
import { useAction } from '../../kit/useAction.ts';

interface Values {
  number: number | null;
  date: Dayjs | null;
  signerName: string;
}

export function ProposalModal(props: { decision: Decision; onClose: () => void; onDone: (d: Decision) => void }) {
  const { decision: d } = props;
  const [form] = Form.useForm<Values>();
  const { run, busy } = useAction();
  const number = Form.useWatch('number', form) ?? null;
  const date = Form.useWatch('date', form) ?? null;
  const cites = d.status === 'draft' && number !== null && date !== null;

  const save = async (v: Values) => {
    const input = { id: d.id, number: v.number ?? null, date: toIso(v.date), signerName: v.signerName ?? '' };
    const result = await run('proposal', () => call('decisions.proposal', input), {
      success: (r) =>
        !r
          ? null
          : cites
            ? `Đã lưu tờ trình ${r.fileName}; căn cứ của dự thảo đã ghi theo tờ trình.`
            : `Đã lưu tờ trình ${r.fileName}.`,
    });
    if (result) props.onDone(result.decision);
  };

  return (
    <FormModal
      form={form}
      busy={busy('proposal')}
      onClose={props.onClose}
      title="Lập tờ trình đề nghị công nhận"
      okText="Lập tờ trình (.docx)"
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          Tờ trình của cơ quan thường trực gửi Chủ tịch, kèm danh sách các đơn vị trong quyết định. Các ô đều có thể để
          trống để viết tay sau.
        </Typography.Text>
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={(v) => void save(v)}
          initialValues={{ number: null, date: null, signerName: '' }}
        >
          <Space wrap size="large">
            <Form.Item name="number" label="Số tờ trình">
              <InputNumber min={1} max={99_999} precision={0} placeholder="Để trống" style={{ width: 140 }} />
            </Form.Item>
            <Form.Item name="date" label="Ngày tờ trình">
              <DateInput width={160} />
            </Form.Item>
          </Space>
          <Form.Item name="signerName" label="Người ký tờ trình" extra="Để trống để ký và ghi tên bằng tay.">
            <Input maxLength={100} placeholder="Họ và tên, không ghi chức danh" />
          </Form.Item>
        </Form>
        <Alert
          type={cites ? 'success' : 'info'}
          showIcon
          title={
            d.status !== 'draft'
              ? 'Quyết định đã trình ký nên căn cứ của quyết định không thay đổi.'
              : cites
                ? 'Căn cứ của dự thảo sẽ ghi: “Theo đề nghị của … tại Tờ trình số … ngày …”.'
                : 'Nhập cả số và ngày tờ trình thì căn cứ “Theo đề nghị của …” của dự thảo sẽ ghi theo tờ trình này.'
          }
        />
      </Space>
    </FormModal>
  );
}
