// One decision: its preview and the next step of its life (draft → submitted → signed → issued), then the files.
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { DECISION_STATUS_LABELS, type Decision } from '../../../../shared/api/decisionTypes.ts';
import type { OfficeSettings } from '../../../../shared/api/types.ts';
import { formatDateVi } from '../../../../shared/text/dates.ts';
import { call, errorMessage } from '../../api.ts';
import { DecisionPreview } from './DecisionPreview.tsx';
import { decisionNumber, fileSize } from './decisionText.ts';
import { STATUS_COLORS } from './statusColors.ts';
import { SignDecisionModal } from './SignDecisionModal.tsx';

export function DecisionDetail(props: {
  decision: Decision;
  office: OfficeSettings | null;
  writable: boolean;
  onBack: () => void;
  onChanged: (d: Decision) => void;
}) {
  const { decision: d, office, writable } = props;
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [signing, setSigning] = useState(false);
  const number = decisionNumber(d);

  const step = async (method: 'decisions.submit' | 'decisions.issue', done: (x: Decision) => string) => {
    setBusy(true);
    try {
      const next = await call(method, { id: d.id });
      void message.success(done(next));
      props.onChanged(next);
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const openFile = async (id: number) => {
    try {
      await call('decisions.openFile', { id });
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  return (
    <div className="decision-detail">
      <Space className="no-print" wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space wrap>
          <Button icon={<ArrowLeftOutlined />} onClick={props.onBack}>
            Quay lại danh sách
          </Button>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {number ? `Quyết định số ${number}` : 'Dự thảo quyết định'}
            {d.signedOn ? ` ngày ${formatDateVi(d.signedOn)}` : ''}
          </Typography.Title>
          <Tag color={STATUS_COLORS[d.status]}>{DECISION_STATUS_LABELS[d.status]}</Tag>
        </Space>
        <Space wrap>
          {writable && d.status === 'draft' && (
            <Button
              type="primary"
              loading={busy}
              onClick={() => void step('decisions.submit', () => 'Đã trình ký quyết định.')}
            >
              Trình ký
            </Button>
          )}
          {writable && d.status === 'submitted' && (
            <Button type="primary" onClick={() => setSigning(true)}>
              Ghi nhận đã ký
            </Button>
          )}
          {writable && d.status === 'signed' && (
            <Button
              type="primary"
              loading={busy}
              onClick={() =>
                void step('decisions.issue', (x) => `Đã ban hành quyết định số ${decisionNumber(x) ?? ''}.`)
              }
            >
              Ban hành
            </Button>
          )}
          {props.writable && (d.status === 'signed' || d.status === 'issued') && d.revokedById === null && (
            <Popconfirm
              title="Lập dự thảo quyết định thu hồi?"
              description="Khi quyết định thu hồi được ký, các đơn vị trở lại trạng thái trước đó."
              okText="Lập dự thảo"
              cancelText="Không"
              onConfirm={() =>
                void call('decisions.revoke', { id: d.id }).then(
                  (x) => {
                    void message.success('Đã lập dự thảo quyết định thu hồi.');
                    props.onChanged(x);
                  },
                  (e: unknown) => void message.error(errorMessage(e)),
                )
              }
            >
              <Button danger>Thu hồi</Button>
            </Popconfirm>
          )}
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            In
          </Button>
        </Space>
      </Space>

      {d.status === 'issued' && (
        <Card size="small" title="Tệp đã ban hành" className="no-print">
          <List
            size="small"
            dataSource={d.files}
            renderItem={(f) => (
              <List.Item
                actions={[
                  <Button key="open" size="small" onClick={() => void openFile(f.id)}>
                    Mở
                  </Button>,
                ]}
              >
                <List.Item.Meta
                  title={f.fileName}
                  description={`${f.kind === 'decision' ? 'Quyết định' : 'Giấy công nhận'} · ${fileSize(f.size)}`}
                />
              </List.Item>
            )}
          />
          <Typography.Text type="secondary">
            Mã SHA-256 của từng tệp đã được ghi lại khi ban hành: dùng “Kiểm tra tệp” để biết một tệp có đúng là bản gốc
            hay không. Tệp được mở dưới dạng bản sao chỉ đọc.
          </Typography.Text>
        </Card>
      )}

      {office ? (
        <div className="decision-desk">
          <DecisionPreview decision={d} office={office} />
        </div>
      ) : (
        <Alert type="warning" showIcon title="Chưa có thông tin cơ quan ban hành trong Cài đặt." />
      )}

      {signing && (
        <SignDecisionModal
          decision={d}
          onClose={() => setSigning(false)}
          onDone={(x) => {
            setSigning(false);
            props.onChanged(x);
          }}
        />
      )}
    </div>
  );
}
