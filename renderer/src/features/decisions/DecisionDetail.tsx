// One decision: its preview and the next step of its life (draft → submitted → signed → issued), then its files:
// the tờ trình, the issued .docx files, the scans of the signed paper, and the print view as paper or PDF.
import {
  ArrowLeftOutlined,
  DeleteOutlined,
  EditOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  PaperClipOutlined,
  PrinterOutlined,
  RollbackOutlined,
} from '@ant-design/icons';
import { Alert, App, Button, Card, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { DECISION_STATUS_LABELS, type Decision } from '#shared/api/decisionTypes.ts';
import type { OfficeSettings } from '#shared/api/types.ts';
import { formatDateTimeVi, formatDateVi } from '#shared/text/dates.ts';
import { formatFileSize } from '#shared/text/fileSize.ts';
import { call } from '../../kit/api.ts';
import { useAction } from '../../kit/useAction.ts';
import { CancelSigningModal } from './CancelSigningModal.tsx';
import { DecisionPreview } from './DecisionPreview.tsx';
import { decisionNumber } from './decisionText.ts';
import { EditDraftModal } from './EditDraftModal.tsx';
import { ProposalModal } from './ProposalModal.tsx';
import { STATUS_COLORS } from './statusColors.ts';
import { SignDecisionModal } from './SignDecisionModal.tsx';

type Dialog = 'sign' | 'correct' | 'cancel' | 'edit' | 'proposal' | null;

export function DecisionDetail(props: {
  decision: Decision;
  office: OfficeSettings | null;
  writable: boolean;
  onBack: () => void;
  onChanged: (d: Decision) => void;
  onDeleted: (id: number) => void;
}) {
  const { decision: d, office, writable } = props;
  const { message } = App.useApp();
  const actions = useAction();
  const busy = actions.busy;
  const [dialog, setDialog] = useState<Dialog>(null);
  const number = decisionNumber(d);
  const signed = d.status === 'signed' || d.status === 'issued';

  /** Runs one call with its button spinning; the message says what happened, or what went wrong. */
  const run = async <T,>(key: string, action: () => Promise<T>, done?: (x: T) => void) => {
    const result = await actions.run(key, action);
    if (result !== undefined) done?.(result);
  };

  const changed = (text: string) => (x: Decision) => {
    void message.success(text);
    props.onChanged(x);
  };

  const attachScan = () =>
    run(
      'scan',
      () => call('decisions.attachScan', { id: d.id }),
      (x) => {
        if (x) changed('Đã đính kèm bản quét quyết định đã ký.')(x);
      },
    );

  /** The shell asks where; main then writes the checked copy there. */
  const saveCopy = (fileId: number) =>
    run(
      `copy-${fileId}`,
      async () => {
        const target = await call('decisions.pickCopyTarget', { id: fileId });
        return target ? call('decisions.saveFileCopy', { id: fileId, token: target.token }) : null;
      },
      (x) => x && void message.success(`Đã lưu bản sao ${x.fileName}.`),
    );

  const savePdf = () =>
    run(
      'pdf',
      () => call('print.savePdf', { title: number ? `Quyết định ${number.replace('/', '-')}` : 'Dự thảo quyết định' }),
      (x) => x && void message.success(`Đã lưu tệp ${x.fileName}.`),
    );

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
            <>
              <Button icon={<EditOutlined />} onClick={() => setDialog('edit')}>
                Sửa dự thảo
              </Button>
              <Popconfirm
                title="Xóa dự thảo này?"
                description="Các đơn vị trở lại danh sách đề nghị công nhận."
                okText="Xóa"
                okButtonProps={{ danger: true }}
                cancelText="Không"
                onConfirm={() =>
                  run(
                    'delete',
                    () => call('decisions.delete', { id: d.id }),
                    () => {
                      void message.success('Đã xóa dự thảo quyết định.');
                      props.onDeleted(d.id);
                    },
                  )
                }
              >
                <Button danger icon={<DeleteOutlined />} loading={busy('delete')}>
                  Xóa dự thảo
                </Button>
              </Popconfirm>
            </>
          )}
          {writable && (d.status === 'draft' || d.status === 'submitted') && (
            <Button icon={<FileWordOutlined />} onClick={() => setDialog('proposal')}>
              Lập tờ trình
            </Button>
          )}
          {writable && d.status === 'draft' && (
            <Button
              type="primary"
              loading={busy('submit')}
              onClick={() =>
                run('submit', () => call('decisions.submit', { id: d.id }), changed('Đã trình ký quyết định.'))
              }
            >
              Trình ký
            </Button>
          )}
          {writable && d.status === 'submitted' && (
            <>
              <Button
                icon={<RollbackOutlined />}
                loading={busy('withdraw')}
                onClick={() =>
                  run(
                    'withdraw',
                    () => call('decisions.withdraw', { id: d.id }),
                    changed('Đã rút quyết định về dự thảo để sửa.'),
                  )
                }
              >
                Rút về dự thảo
              </Button>
              <Button type="primary" onClick={() => setDialog('sign')}>
                Ghi nhận đã ký
              </Button>
            </>
          )}
          {writable && d.status === 'signed' && (
            <>
              <Button icon={<EditOutlined />} onClick={() => setDialog('correct')}>
                Sửa việc ký
              </Button>
              <Button danger onClick={() => setDialog('cancel')}>
                Hủy việc ký
              </Button>
              <Popconfirm
                title={`Ban hành quyết định số ${number ?? ''}?`}
                description="Sau khi ban hành, số, ngày ký và người ký không sửa được nữa; chỉ có thể thu hồi bằng quyết định khác."
                okText="Ban hành"
                cancelText="Không"
                onConfirm={() =>
                  run(
                    'issue',
                    () => call('decisions.issue', { id: d.id }),
                    (x) => changed(`Đã ban hành quyết định số ${decisionNumber(x) ?? ''}.`)(x),
                  )
                }
              >
                <Button type="primary" loading={busy('issue')}>
                  Ban hành
                </Button>
              </Popconfirm>
            </>
          )}
          {writable && signed && d.revokedById === null && (
            <Popconfirm
              title="Lập dự thảo quyết định thu hồi?"
              description="Khi quyết định thu hồi được ký, các đơn vị trở lại trạng thái trước đó."
              okText="Lập dự thảo"
              cancelText="Không"
              onConfirm={() =>
                run(
                  'revoke',
                  () => call('decisions.revoke', { id: d.id }),
                  changed('Đã lập dự thảo quyết định thu hồi.'),
                )
              }
            >
              <Button danger>Thu hồi</Button>
            </Popconfirm>
          )}
          <Button
            icon={<PrinterOutlined />}
            loading={busy('print')}
            onClick={() => void run('print', () => call('print.dialog', {}))}
          >
            In
          </Button>
          <Button icon={<FilePdfOutlined />} loading={busy('pdf')} onClick={() => void savePdf()}>
            Lưu PDF
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
                  <Button
                    key="open"
                    size="small"
                    onClick={() => void run(`file-${f.id}`, () => call('decisions.openFile', { id: f.id }))}
                  >
                    Mở
                  </Button>,
                  <Button
                    key="save"
                    size="small"
                    aria-label={`Lưu bản sao ${f.fileName}`}
                    loading={busy(`copy-${f.id}`)}
                    onClick={() => void saveCopy(f.id)}
                  >
                    Lưu bản sao...
                  </Button>,
                ]}
              >
                <List.Item.Meta
                  title={f.fileName}
                  description={`${f.kind === 'decision' ? 'Quyết định' : 'Giấy công nhận'} · ${formatFileSize(f.size)}`}
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

      {signed && (
        <Card
          size="small"
          title="Bản quét đã ký"
          className="no-print"
          extra={
            writable && (
              <Button
                size="small"
                icon={<PaperClipOutlined />}
                loading={busy('scan')}
                onClick={() => void attachScan()}
              >
                Đính kèm bản quét (PDF)
              </Button>
            )
          }
        >
          <List
            size="small"
            dataSource={d.scans}
            locale={{ emptyText: 'Chưa có bản quét. Quét bản giấy đã ký, đóng dấu ra tệp PDF rồi đính kèm tại đây.' }}
            renderItem={(s) => (
              <List.Item
                actions={[
                  <Button
                    key="open"
                    size="small"
                    onClick={() => void run(`scan-${s.id}`, () => call('decisions.openScan', { id: s.id }))}
                  >
                    Mở
                  </Button>,
                ]}
              >
                <List.Item.Meta
                  title={s.fileName}
                  description={`${formatFileSize(s.size)} · đính kèm ${formatDateTimeVi(s.createdAt)} bởi ${s.createdBy}`}
                />
              </List.Item>
            )}
          />
        </Card>
      )}

      {office ? (
        <div className="decision-desk">
          <DecisionPreview decision={d} />
        </div>
      ) : (
        <Alert type="warning" showIcon title="Chưa có thông tin cơ quan ban hành trong Cài đặt." />
      )}

      {(dialog === 'sign' || dialog === 'correct') && (
        <SignDecisionModal
          decision={d}
          correcting={dialog === 'correct'}
          onClose={() => setDialog(null)}
          onDone={(x) => {
            setDialog(null);
            props.onChanged(x);
          }}
        />
      )}
      {dialog === 'cancel' && (
        <CancelSigningModal
          decision={d}
          onClose={() => setDialog(null)}
          onDone={(x) => {
            setDialog(null);
            props.onChanged(x);
          }}
        />
      )}
      {dialog === 'edit' && (
        <EditDraftModal
          decision={d}
          onClose={() => setDialog(null)}
          onSaved={(x) => {
            setDialog(null);
            props.onChanged(x);
          }}
        />
      )}
      {dialog === 'proposal' && (
        <ProposalModal
          decision={d}
          onClose={() => setDialog(null)}
          onDone={(x) => {
            setDialog(null);
            props.onChanged(x);
          }}
        />
      )}
    </div>
  );
}
