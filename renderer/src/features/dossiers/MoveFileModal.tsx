// Moves one dossier file to another unit's dossier of the same round (a file attached to the wrong unit) and to a
// component there.
import { Form, Select } from 'antd';
import type { DossierDetail, DossierFile } from '#shared/api/roundTypes.ts';
import { call } from '../../kit/api.ts';
import { FormModal } from '../../kit/FormModal.tsx';
import { useAction } from '../../kit/useAction.ts';
import { UnitSelect } from '../units/index.ts';

interface Values {
  unitId: number | null;
  componentCode: string;
}

export function MoveFileModal(props: {
  detail: DossierDetail;
  file: DossierFile;
  onClose: () => void;
  onMoved: (d: DossierDetail) => void;
}) {
  const { detail, file } = props;
  const [form] = Form.useForm<Values>();
  const { run, busy } = useAction();
  const options = [
    ...detail.components.map((c) => ({ value: c.code, label: c.label })),
    { value: 'none', label: 'Chưa xếp thành phần' },
  ];

  const save = (v: Values) =>
    run(
      'move',
      async () => {
        const d = await call('dossierFiles.move', {
          fileId: file.id,
          unitId: v.unitId!,
          componentCode: v.componentCode === 'none' ? null : v.componentCode,
        });
        props.onMoved(d);
        return d;
      },
      { success: `Đã chuyển tệp "${file.originalName}".`, form },
    );

  return (
    <FormModal
      form={form}
      busy={busy('move')}
      onClose={props.onClose}
      title="Chuyển tệp sang hồ sơ khác"
      okText="Chuyển"
    >
      <p>
        Tệp “{file.originalName}” đang ở hồ sơ {detail.unitName} năm {detail.year}. Chọn đơn vị đúng; nếu đơn vị chưa có
        hồ sơ năm này, hồ sơ được lập.
      </p>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void save(v)}
        initialValues={{ unitId: detail.unitId, componentCode: file.componentCode ?? 'none' }}
      >
        <Form.Item name="unitId" label="Đơn vị nhận tệp" rules={[{ required: true, message: 'Hãy chọn đơn vị.' }]}>
          <UnitSelect source="own" initialLabel={detail.unitName} />
        </Form.Item>
        <Form.Item name="componentCode" label="Thành phần hồ sơ">
          <Select options={options} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
