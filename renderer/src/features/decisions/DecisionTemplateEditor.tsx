// The office's wording of a recognition decision: subject, list title, bases, articles and recipients with
// placeholders ({so_don_vi}...) the app fills in when it drafts a decision. Admins edit; everyone may read.
import { Alert, App, Button, Card, Form, Input, Popconfirm, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import {
  TEMPLATE_PLACEHOLDERS,
  templateProblems,
  type DecisionTemplate,
  type TemplatePlaceholder,
} from '#shared/documents/decisionTemplate.ts';
import { call } from '../../kit/api.ts';
import { useAction } from '../../kit/useAction.ts';
import { useLoad } from '../../kit/useLoad.ts';
import './decisions.css';
import { LinesEditor, cleanLines } from './LinesEditor.tsx';

type LineField = 'bases' | 'articles' | 'recipients';
type Path = ['subject'] | ['listTitle'] | [LineField, number];

/** The box the caret was last in, so a clicked placeholder goes there. */
interface Focus {
  el: HTMLInputElement | HTMLTextAreaElement;
  path: Path;
}

function focusOf(target: EventTarget): Focus | null {
  if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) return null;
  const [field, index] = (target.dataset.field ?? '').split('.');
  if (field === 'subject' || field === 'listTitle') return { el: target, path: [field] };
  if ((field === 'bases' || field === 'articles' || field === 'recipients') && index !== undefined) {
    return { el: target, path: [field, Number(index)] };
  }
  return null;
}

const clean = (t: DecisionTemplate): DecisionTemplate => ({
  subject: t.subject.trim(),
  listTitle: t.listTitle.trim(),
  bases: cleanLines(t.bases),
  articles: cleanLines(t.articles),
  recipients: cleanLines(t.recipients),
});

export function DecisionTemplateEditor({ editable }: { editable: boolean }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<DecisionTemplate>();
  const { run, busy: running } = useAction();
  const busy = running();
  const focus = useRef<Focus | null>(null);
  const values = Form.useWatch((v: DecisionTemplate) => v, form);
  const problems = values?.articles ? templateProblems(clean(values)) : [];

  // The form shows the template main holds: once loaded, and again after a save or a reset to the shipped one.
  const loaded = useLoad('decisions.template', {});
  const isDefault = loaded.data?.isDefault ?? null;
  useEffect(() => {
    if (loaded.data) form.setFieldsValue(loaded.data.template);
  }, [loaded.data, form]);

  const save = (template: DecisionTemplate | null) =>
    run(
      'save',
      async () => loaded.set(await call('decisions.saveTemplate', { template: template && clean(template) })),
      { success: template ? 'Đã lưu mẫu quyết định.' : 'Đã khôi phục mẫu quyết định gốc.' },
    );

  const insert = (name: TemplatePlaceholder) => {
    const at = focus.current;
    if (!at || !at.el.isConnected) {
      void message.info('Hãy bấm vào ô cần chèn trước, rồi chọn ô điền.');
      return;
    }
    const text = `{${name}}`;
    const current = String(form.getFieldValue(at.path) ?? '');
    const start = at.el.selectionStart ?? current.length;
    const end = at.el.selectionEnd ?? start;
    form.setFieldValue(at.path, current.slice(0, start) + text + current.slice(end));
    const el = at.el;
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(start + text.length, start + text.length);
    });
  };

  if (isDefault === null) return <Spin style={{ margin: 40 }} />;
  return (
    <div className="template-editor">
      <Card
        title={
          <Space>
            Mẫu quyết định công nhận
            {isDefault ? <Tag color="green">Đang dùng mẫu gốc</Tag> : <Tag color="blue">Mẫu của cơ quan</Tag>}
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">
          Mẫu dùng khi lập dự thảo mới; dự thảo đã lập thì sửa trong từng dự thảo. Các ô trong ngoặc nhọn được thay bằng
          số liệu khi lập dự thảo. Dấu “;” và “.” cuối mỗi căn cứ, nơi nhận được tự thêm khi in.
        </Typography.Paragraph>
        <Form<DecisionTemplate>
          form={form}
          layout="vertical"
          disabled={!editable}
          onFinish={(v) => void save(v)}
          onFocus={(e) => {
            const f = focusOf(e.target);
            if (f) focus.current = f;
          }}
        >
          <Form.Item name="subject" label="Trích yếu">
            <Input.TextArea data-field="subject" autoSize={{ minRows: 1, maxRows: 3 }} />
          </Form.Item>
          <Form.Item name="listTitle" label="Tên danh sách kèm theo">
            <Input data-field="listTitle" />
          </Form.Item>
          <Form.Item name="bases" label="Căn cứ">
            <LinesEditor itemLabel="Căn cứ" field="bases" addText="Thêm căn cứ" disabled={!editable} />
          </Form.Item>
          <Form.Item name="articles" label="Các điều">
            <LinesEditor
              itemLabel="Điều"
              field="articles"
              prefix={(i) => `Điều ${i + 1}.`}
              addText="Thêm điều"
              disabled={!editable}
            />
          </Form.Item>
          <Form.Item name="recipients" label="Nơi nhận">
            <LinesEditor
              itemLabel="Nơi nhận"
              field="recipients"
              prefix={() => '-'}
              addText="Thêm nơi nhận"
              disabled={!editable}
            />
          </Form.Item>
          {problems.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title="Mẫu chưa dùng được"
              description={
                <ul className="template-problems">
                  {problems.map((p, i) => (
                    <li key={i}>{p}</li>
                  ))}
                </ul>
              }
            />
          )}
          {editable && (
            <Space wrap>
              <Button type="primary" htmlType="submit" loading={busy} disabled={problems.length > 0}>
                Lưu mẫu
              </Button>
              <Popconfirm
                title="Khôi phục mẫu quyết định gốc?"
                description="Mẫu đang sửa sẽ bị thay bằng mẫu gốc của phần mềm."
                okText="Khôi phục"
                cancelText="Không"
                onConfirm={() => void save(null)}
              >
                <Button disabled={isDefault}>Khôi phục mẫu gốc</Button>
              </Popconfirm>
            </Space>
          )}
        </Form>
      </Card>
      <Card size="small" title="Các ô điền" className="template-placeholders">
        <Typography.Paragraph type="secondary">
          {editable ? 'Bấm vào ô cần sửa, rồi bấm một ô điền để chèn vào chỗ con trỏ.' : 'Các ô điền dùng trong mẫu.'}
        </Typography.Paragraph>
        {(Object.entries(TEMPLATE_PLACEHOLDERS) as [TemplatePlaceholder, string][]).map(([name, help]) => (
          <div key={name} className="template-placeholder">
            <Tooltip title={editable ? 'Chèn vào chỗ con trỏ' : undefined}>
              <Button
                size="small"
                className="template-placeholder-name"
                disabled={!editable}
                // Keeps the caret in the box being edited.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => insert(name)}
              >
                {`{${name}}`}
              </Button>
            </Tooltip>
            <Typography.Text type="secondary">{help}</Typography.Text>
          </div>
        ))}
      </Card>
    </div>
  );
}
