// Makes a new version of a criteria set: edit texts, confirm them against the legal text, add provincial criteria.
// The base version stays as it was, so past years keep the criteria they were judged by.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Drawer, Input, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Campaign, CriteriaSet } from '#shared/api/roundTypes.ts';
import { UNIT_KINDS, type UnitKind } from '#shared/domain/units.ts';
import { incidentMappingProblem } from '#shared/domain/incidentCriteria.ts';
import { cleanText, foldKey } from '#shared/text/fold.ts';
import { call, errorMessage } from '../../kit/api.ts';
import { useAction } from '../../kit/useAction.ts';
import { setLabel } from './CampaignWindowsTab.tsx';
import { KindCards } from './KindCards.tsx';
import { CriterionEditRow, type DraftCriterion, type DraftProblems } from './CriterionEditRow.tsx';

let nextKey = 0;
const newKey = () => `new-${++nextKey}`;

function problemsOf(drafts: DraftCriterion[]): Map<string, DraftProblems> {
  const result = new Map<string, DraftProblems>();
  const seen = new Set<string>();
  for (const d of drafts) {
    const p: DraftProblems = {};
    const code = cleanText(d.code);
    if (!code) p.code = 'Nhập mã.';
    else if (seen.has(`${d.kind}:${foldKey(code)}`)) p.code = 'Mã bị trùng.';
    seen.add(`${d.kind}:${foldKey(code)}`);
    if (!cleanText(d.text)) p.text = 'Nhập nội dung tiêu chí.';
    p.mapping = incidentMappingProblem({ ...d, code }) ?? undefined;
    if (p.code || p.text || p.mapping) result.set(d.key, p);
  }
  return result;
}

function nextCode(drafts: DraftCriterion[], kind: UnitKind): string {
  const numbers = drafts.filter((d) => d.kind === kind).map((d) => Number.parseInt(d.code, 10));
  return String(Math.max(0, ...numbers.filter(Number.isFinite)) + 1);
}

export function CriteriaSetEditor(props: {
  base: CriteriaSet;
  year: number;
  campaign: Campaign | null;
  appraised: number;
  onClose: () => void;
  onCreated: (set: CriteriaSet, campaign: Campaign | null) => void;
}) {
  const { base, year, campaign } = props;
  const { message } = App.useApp();
  const [drafts, setDrafts] = useState<DraftCriterion[]>(() =>
    base.criteria.map((c) => ({ ...c, key: String(c.id), isNew: false })),
  );
  const [note, setNote] = useState('');
  const locked = props.appraised > 0;
  const [apply, setApply] = useState(!locked && campaign?.criteriaSetId === base.id);
  const { run, busy: running } = useAction();
  const busy = running();
  const [tried, setTried] = useState(false);
  const problems = useMemo(() => problemsOf(drafts), [drafts]);

  const patch = (key: string, p: Partial<DraftCriterion>) =>
    setDrafts((ds) => ds.map((d) => (d.key === key ? { ...d, ...p } : d)));
  const add = (kind: UnitKind) =>
    setDrafts((ds) => {
      const draft: DraftCriterion = {
        key: newKey(),
        isNew: true,
        kind,
        code: nextCode(ds, kind),
        text: '',
        origin: 'dia_phuong',
        confirmed: true,
        autoRule: null,
        incidentCategories: [],
      };
      const last = ds.map((d) => d.kind).lastIndexOf(kind);
      return [...ds.slice(0, last + 1), draft, ...ds.slice(last + 1)];
    });

  const save = async () => {
    setTried(true);
    if (problems.size > 0) {
      void message.error(
        'Còn tiêu chí thiếu mã, trùng mã, chưa có nội dung hoặc gắn loại vụ việc không hợp lệ. Hãy sửa các chỗ đánh dấu đỏ.',
      );
      return;
    }
    await run('create', async () => {
      // Grouped by kind in the order shown, which becomes the criteria's order.
      const ordered = UNIT_KINDS.flatMap((k) => drafts.filter((d) => d.kind === k));
      const created = await call('criteria.createVersion', {
        baseSetId: base.id,
        note: cleanText(note) || null,
        criteria: ordered.map((d) => ({
          kind: d.kind,
          code: cleanText(d.code),
          text: cleanText(d.text),
          origin: d.origin,
          confirmed: d.confirmed,
          autoRule: d.autoRule,
          incidentSensitive: d.incidentCategories.length > 0,
          incidentCategories: d.incidentCategories,
        })),
      });
      let updated: Campaign | null = null;
      if (apply && campaign) {
        try {
          updated = await call('campaigns.update', { year, criteriaSetId: created.id, windows: campaign.windows });
        } catch (e) {
          void message.warning(
            `Đã tạo phiên bản ${created.version} nhưng chưa áp dụng cho năm ${year}: ${errorMessage(e)}`,
          );
        }
      }
      void message.success(`Đã tạo ${setLabel(created)}.${updated ? ` Đợt xét năm ${year} dùng phiên bản này.` : ''}`);
      props.onCreated(created, updated);
    });
  };

  const yearsUsing = base.usedByYears.length > 0 ? `các năm ${base.usedByYears.join(', ')}` : null;
  return (
    <Drawer
      open
      size={980}
      title={`Tạo phiên bản mới từ ${setLabel(base)}`}
      onClose={props.onClose}
      mask={{ closable: false }}
      footer={
        <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
          {campaign ? (
            <Checkbox checked={apply} disabled={locked} onChange={(e) => setApply(e.target.checked)}>
              {locked
                ? `Năm ${year} đã có hồ sơ được thẩm định nên giữ bộ tiêu chí đang dùng`
                : `Dùng phiên bản mới cho đợt xét năm ${year}`}
            </Checkbox>
          ) : (
            <span />
          )}
          <Space>
            <Button onClick={props.onClose}>Hủy</Button>
            <Button type="primary" loading={busy} onClick={save}>
              Lưu phiên bản mới
            </Button>
          </Space>
        </Space>
      }
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Alert
          type="info"
          showIcon
          title="Phiên bản cũ được giữ nguyên"
          description={`Lưu sẽ tạo phiên bản ${base.version + 1}; phiên bản ${base.version} không thay đổi${
            yearsUsing ? `, nên ${yearsUsing} vẫn giữ đúng các tiêu chí đã dùng khi xét` : ''
          }. Chỉ năm được chọn dùng phiên bản mới (ô ở cuối trang, hoặc thẻ “Mốc thời gian”) mới áp dụng nó.`}
        />
        <Input.TextArea
          value={note}
          onChange={(e) => setNote(e.target.value)}
          maxLength={2000}
          autoSize={{ minRows: 1, maxRows: 4 }}
          placeholder="Ghi chú phiên bản: căn cứ sửa đổi, ví dụ Hướng dẫn số .../HD-CAT của Công an tỉnh"
          aria-label="Ghi chú phiên bản"
        />
        <KindCards
          items={drafts}
          extra={(_items, kind) => (
            <Button size="small" icon={<PlusOutlined />} onClick={() => add(kind)}>
              Thêm tiêu chí của tỉnh
            </Button>
          )}
        >
          {(items) => (
            <>
              {items.map((d) => (
                <CriterionEditRow
                  key={d.key}
                  draft={d}
                  problems={tried ? (problems.get(d.key) ?? {}) : {}}
                  canRemove={items.length > 1}
                  onChange={(p) => patch(d.key, p)}
                  onRemove={() => setDrafts((ds) => ds.filter((x) => x.key !== d.key))}
                />
              ))}
              {items.length === 0 && <Typography.Text type="danger">Cần ít nhất một tiêu chí.</Typography.Text>}
            </>
          )}
        </KindCards>
      </Space>
    </Drawer>
  );
}
