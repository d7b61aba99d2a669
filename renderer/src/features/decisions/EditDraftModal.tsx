// Editing a draft decision: its subject, list title, legal bases, articles and recipients line by line, and which
// of its units it keeps (units can only be removed: adding means a new draft from the proposed units).
import { Alert, App, Form, Input, Table, Tabs, Typography } from 'antd';
import { useState } from 'react';
import type { Decision } from '#shared/api/decisionTypes.ts';
import { UNIT_KIND_LABELS, type UnitKind } from '#shared/domain/units.ts';
import { call } from '../../kit/api.ts';
import { FormModal } from '../../kit/FormModal.tsx';
import { useAction } from '../../kit/useAction.ts';
import { LinesEditor, cleanLines } from './LinesEditor.tsx';

interface Values {
  subject: string;
  listTitle: string;
  bases: string[];
  articles: string[];
  recipients: string[];
}

type Unit = Decision['units'][number];

export function EditDraftModal(props: { decision: Decision; onClose: () => void; onSaved: (d: Decision) => void }) {
  const { decision: d } = props;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [keep, setKeep] = useState<number[]>(() => d.units.map((u) => u.unitId));
  const { run, busy: running } = useAction();
  const busy = running();
  const mixed = new Set(d.units.map((u) => u.kind)).size > 1 && d.revokesId === null;
  const removed = d.units.length - keep.length;

  const save = async (v: Values) => {
    const articles = cleanLines(v.articles);
    const recipients = cleanLines(v.recipients);
    if (articles.length === 0) return void message.error('Quyết định phải có ít nhất một điều.');
    if (recipients.length === 0) return void message.error('Phải có ít nhất một nơi nhận.');
    await run('action', async () => {
      const next = await call('decisions.update', {
        id: d.id,
        subject: v.subject,
        listTitle: v.listTitle,
        bases: cleanLines(v.bases),
        articles,
        recipients,
        ...(removed > 0 ? { unitIds: keep } : {}),
      });
      void message.success(
        removed > 0 ? `Đã lưu dự thảo, bỏ ${removed} đơn vị khỏi danh sách.` : 'Đã lưu dự thảo quyết định.',
      );
      props.onSaved(next);
    });
  };

  const text = (
    <>
      <Form.Item
        name="subject"
        label="Trích yếu"
        rules={[{ required: true, whitespace: true, message: 'Hãy nhập trích yếu.' }]}
      >
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
      </Form.Item>
      <Form.Item
        name="listTitle"
        label="Tên danh sách kèm theo"
        rules={[{ required: true, whitespace: true, message: 'Hãy nhập tên danh sách.' }]}
        extra={
          mixed
            ? 'Dự thảo có nhiều loại đơn vị nên mỗi loại có một danh sách riêng: tên mỗi danh sách lấy theo tên này, cụm loại đơn vị được thay bằng loại của danh sách.'
            : undefined
        }
      >
        <Input />
      </Form.Item>
      <Form.Item name="bases" label="Căn cứ (in nghiêng, tự thêm dấu “;” và “.” ở cuối dòng)">
        <LinesEditor itemLabel="Căn cứ" addText="Thêm căn cứ" />
      </Form.Item>
      <Form.Item name="articles" label="Các điều">
        <LinesEditor itemLabel="Điều" prefix={(i) => `Điều ${i + 1}.`} addText="Thêm điều" />
      </Form.Item>
      <Form.Item name="recipients" label="Nơi nhận" style={{ marginBottom: 0 }}>
        <LinesEditor itemLabel="Nơi nhận" prefix={() => '-'} addText="Thêm nơi nhận" />
      </Form.Item>
    </>
  );

  const units = (
    <>
      <Typography.Paragraph type="secondary">
        Bỏ dấu chọn ở đơn vị cần đưa ra khỏi dự thảo. Muốn thêm đơn vị, hãy lập dự thảo mới.
      </Typography.Paragraph>
      {removed > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`Dự thảo sẽ còn ${keep.length} đơn vị. Trích yếu, tên danh sách và các điều còn nguyên như mẫu sẽ tự ghi lại theo các đơn vị còn lại; dòng nào đã sửa tay thì giữ nguyên, hãy xem lại.`}
        />
      )}
      <Table<Unit>
        size="small"
        rowKey="unitId"
        dataSource={d.units}
        pagination={false}
        scroll={{ y: 380 }}
        rowSelection={{
          selectedRowKeys: keep,
          onChange: (keys) => setKeep(keys.map(Number)),
          getCheckboxProps: (u) => ({ 'aria-label': `Giữ ${u.name}` }),
        }}
        columns={[
          { title: 'Tên đơn vị', dataIndex: 'name' },
          { title: 'Loại', dataIndex: 'kind', width: 150, render: (k: UnitKind) => UNIT_KIND_LABELS[k] },
          { title: 'Thuộc', dataIndex: 'parentName', width: 160 },
        ]}
      />
      <Typography.Text>
        Giữ {keep.length}/{d.units.length} đơn vị.
      </Typography.Text>
    </>
  );

  return (
    <FormModal
      form={form}
      busy={busy}
      onClose={props.onClose}
      dirty={() => form.isFieldsTouched() || keep.length !== d.units.length}
      width={900}
      title="Sửa dự thảo quyết định"
      okText="Lưu dự thảo"
      okButtonProps={{ disabled: keep.length === 0 }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void save(v)}
        initialValues={{
          subject: d.subject,
          listTitle: d.listTitle,
          bases: d.bases,
          articles: d.articles,
          recipients: d.recipients,
        }}
      >
        <Tabs
          items={[
            { key: 'text', label: 'Nội dung', children: text, forceRender: true },
            { key: 'units', label: `Đơn vị (${keep.length}/${d.units.length})`, children: units },
          ]}
        />
      </Form>
      {keep.length === 0 && (
        <Alert type="error" showIcon title="Dự thảo phải còn ít nhất một đơn vị; nếu không, hãy xóa dự thảo." />
      )}
    </FormModal>
  );
}
