// Which incident categories breach a criterion, and how: those that pre-mark it "Không đạt" and those weighed
// against last year. A link the office adds is unconfirmed ("Cần xác nhận") until checked against the text.
import { Select, Tag, Tooltip, Typography } from 'antd';
import {
  incidentMappingProblem,
  type CriterionIncidentCategory,
  type MappingFields,
} from '#shared/domain/incidentCriteria.ts';
import {
  INCIDENT_CATEGORIES,
  INCIDENT_CATEGORY_LABELS,
  type IncidentCategory,
  type IncidentEffect,
} from '#shared/domain/round.ts';

const EFFECT_FIELDS: [IncidentEffect, string, string][] = [
  ['khong_dat', 'Vụ việc làm không đạt', 'Có vụ việc loại này trong thời gian đánh giá: gợi ý "Không đạt".'],
  [
    'xem_xet',
    'Vụ việc cần xem xét',
    'Không tự đánh giá không đạt: hiện số vụ năm nay bên cạnh năm trước để người thẩm định quyết định.',
  ],
];

/** The list with one effect's categories replaced, in the order categories are listed everywhere. */
function withEffect(
  list: readonly CriterionIncidentCategory[],
  effect: IncidentEffect,
  chosen: IncidentCategory[],
): CriterionIncidentCategory[] {
  const before = new Map(list.map((m) => [m.category, m]));
  const others = list.filter((m) => m.effect !== effect && !chosen.includes(m.category));
  const picked = chosen.map((category) => {
    const kept = before.get(category);
    return kept && kept.effect === effect ? kept : { category, effect, confirmed: false };
  });
  return INCIDENT_CATEGORIES.flatMap((c) => [...others, ...picked].filter((m) => m.category === c));
}

export function IncidentMappingEditor(props: {
  criterion: MappingFields;
  onChange: (list: CriterionIncidentCategory[]) => void;
}) {
  const list = props.criterion.incidentCategories ?? [];
  const problem = incidentMappingProblem(props.criterion);
  const unconfirmed = list.filter((m) => !m.confirmed).length;
  return (
    <div className="incident-mapping">
      {EFFECT_FIELDS.map(([effect, label, tip]) => (
        <label key={effect} className="incident-mapping-row">
          <Tooltip title={tip}>
            <Typography.Text type="secondary">{label}</Typography.Text>
          </Tooltip>
          <Select<IncidentCategory[]>
            mode="multiple"
            size="small"
            allowClear
            aria-label={label}
            placeholder="Không có"
            disabled={props.criterion.autoRule !== null}
            value={list.filter((m) => m.effect === effect).map((m) => m.category)}
            onChange={(chosen) => props.onChange(withEffect(list, effect, chosen))}
            options={INCIDENT_CATEGORIES.map((c) => ({ value: c, label: INCIDENT_CATEGORY_LABELS[c] }))}
            optionFilterProp="label"
            style={{ width: '100%' }}
          />
        </label>
      ))}
      {unconfirmed > 0 && (
        <Tooltip title="Các loại vụ việc này chưa đối chiếu với văn bản; vẫn dùng để gợi ý nhưng cần xác nhận.">
          <Tag color="orange" className="incident-mapping-unconfirmed">
            {unconfirmed} loại vụ việc cần xác nhận
          </Tag>
        </Tooltip>
      )}
      {problem && <Typography.Text type="danger">{problem}</Typography.Text>}
    </div>
  );
}
