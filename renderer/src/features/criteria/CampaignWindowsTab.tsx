// One year's evaluation windows and deadlines per unit kind, and the criteria set it uses. Admins edit; others read.
import { PlayCircleOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, App, Button, Popconfirm, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import type { Campaign, CampaignWindow, CriteriaSet } from '#shared/api/roundTypes.ts';
import { defaultWindow } from '#shared/domain/round.ts';
import { UNIT_KINDS } from '#shared/domain/units.ts';
import { call } from '../../kit/api.ts';
import { useAction } from '../../kit/useAction.ts';
import { WindowsTable, windowProblems, type DateField } from './WindowsTable.tsx';

function DefaultsNote() {
  return (
    <Typography.Text type="secondary">
      Mặc định theo Thông tư 124/2021/TT-BCA: khu dân cư đánh giá từ 01/11 năm trước đến 31/10; xã, cơ quan, doanh
      nghiệp, cơ sở giáo dục từ 16/11 năm trước đến 15/11. Vụ việc trong khoảng này được tính khi thẩm định. Khi đã có
      hồ sơ được thẩm định thì không đổi được bộ tiêu chí của năm.
    </Typography.Text>
  );
}

export function setLabel(s: Pick<CriteriaSet, 'name' | 'version'>): string {
  return `${s.name} — phiên bản ${s.version}`;
}

export function CampaignWindowsTab(props: {
  year: number;
  campaign: Campaign | null;
  sets: CriteriaSet[];
  appraised: number;
  isAdmin: boolean;
  writable: boolean;
  onChanged: (campaign: Campaign) => void;
}) {
  const { year, campaign, sets, isAdmin } = props;
  const { message } = App.useApp();
  const [windows, setWindows] = useState<CampaignWindow[]>(campaign?.windows ?? []);
  const [setId, setSetId] = useState<number | undefined>(campaign?.criteriaSetId);
  const { run, busy: running } = useAction();
  const busy = running();

  if (!campaign) {
    const open = async () => {
      await run('action', async () => {
        props.onChanged(await call('campaigns.open', { year }));
        void message.success(`Đã mở đợt xét năm ${year} với mốc thời gian mặc định.`);
      });
    };
    return (
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Alert
          type="info"
          showIcon
          title={`Chưa mở đợt xét năm ${year}`}
          description={
            props.writable
              ? 'Khi mở đợt xét, năm này dùng bộ tiêu chí mới nhất và các mốc mặc định dưới đây; quản trị viên sửa được sau.'
              : 'Cán bộ Thường trực sẽ mở đợt xét. Các mốc mặc định dưới đây sẽ được dùng.'
          }
          action={
            props.writable && (
              <Button type="primary" icon={<PlayCircleOutlined />} loading={busy} onClick={open}>
                Mở đợt xét năm {year}
              </Button>
            )
          }
        />
        <WindowsTable year={year} windows={UNIT_KINDS.map((kind) => ({ kind, ...defaultWindow(kind, year) }))} />
        <DefaultsNote />
      </Space>
    );
  }

  const dirty = setId !== campaign.criteriaSetId || JSON.stringify(windows) !== JSON.stringify(campaign.windows);
  const hasProblems = windows.some((w) => Object.keys(windowProblems(w)).length > 0);

  const change = (kind: CampaignWindow['kind'], field: DateField, iso: string | null) =>
    setWindows((ws) => ws.map((w) => (w.kind === kind ? { ...w, [field]: iso } : w)));

  const save = async () => {
    if (setId === undefined) return;
    await run('action', async () => {
      const saved = await call('campaigns.update', { year, criteriaSetId: setId, windows });
      void message.success(`Đã lưu mốc thời gian năm ${year}.`);
      props.onChanged(saved);
    });
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {!isAdmin && (
        <Alert type="info" showIcon title="Chỉ quản trị viên được sửa mốc thời gian và bộ tiêu chí của năm." />
      )}
      <Space wrap align="center">
        <Typography.Text strong>Bộ tiêu chí dùng để xét năm {year}:</Typography.Text>
        {isAdmin ? (
          <Select<number>
            style={{ minWidth: 420 }}
            value={setId}
            onChange={setSetId}
            disabled={props.appraised > 0}
            aria-label="Bộ tiêu chí"
            options={sets.map((s) => ({
              value: s.id,
              label: `${setLabel(s)}${s.criteria.some((c) => !c.confirmed) ? ' (còn tiêu chí cần xác nhận)' : ''}`,
            }))}
          />
        ) : (
          <Typography.Text>
            {setLabel({ name: campaign.criteriaSetName, version: campaign.criteriaSetVersion })}
          </Typography.Text>
        )}
        {props.appraised > 0 && (
          <Typography.Text type="secondary">
            Đã có {props.appraised} hồ sơ được thẩm định theo bộ tiêu chí này nên không đổi được nữa.
          </Typography.Text>
        )}
      </Space>
      <WindowsTable year={year} windows={windows} onChange={isAdmin ? change : undefined} />
      <DefaultsNote />
      {isAdmin && (
        <Space wrap>
          <Button type="primary" icon={<SaveOutlined />} disabled={!dirty || hasProblems} loading={busy} onClick={save}>
            Lưu mốc thời gian
          </Button>
          <Button
            icon={<UndoOutlined />}
            disabled={!dirty}
            onClick={() => {
              setWindows(campaign.windows);
              setSetId(campaign.criteriaSetId);
            }}
          >
            Hủy thay đổi
          </Button>
          <Popconfirm
            title="Đặt lại mốc thời gian theo Thông tư 124?"
            description="Các ngày trong bảng được thay bằng ngày mặc định; bấm Lưu để ghi lại."
            okText="Đặt lại"
            cancelText="Không"
            onConfirm={() => setWindows(windows.map((w) => ({ kind: w.kind, ...defaultWindow(w.kind, year) })))}
          >
            <Button>Đặt lại theo mặc định</Button>
          </Popconfirm>
        </Space>
      )}
    </Space>
  );
}
