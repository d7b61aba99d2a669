// A criteria set as the office reads it: per unit kind, code and text, with where each criterion comes from.
import { Typography } from 'antd';
import type { Criterion } from '#shared/api/roundTypes.ts';
import { INCIDENT_CATEGORY_LABELS, type IncidentEffect } from '#shared/domain/round.ts';
import { criterionSource } from '#shared/domain/sources.ts';
import { CriterionTags } from './criterionTags.tsx';
import { KindCards } from './KindCards.tsx';
import { SourceNote } from './SourceNote.tsx';

/** The incident categories behind a criterion, by effect, as the appraisal will use them. */
function IncidentMappingNote({ c }: { c: Criterion }) {
  const of = (effect: IncidentEffect) =>
    c.incidentCategories
      .filter((m) => m.effect === effect)
      .map((m) => `${INCIDENT_CATEGORY_LABELS[m.category]}${m.confirmed ? '' : ' (cần xác nhận)'}`)
      .join('; ');
  const failing = of('khong_dat');
  const weighed = of('xem_xet');
  if (!failing && !weighed) return null;
  return (
    <Typography.Text type="secondary" className="rule-source">
      {failing && `Vụ việc làm không đạt: ${failing}.`}
      {failing && weighed && ' '}
      {weighed && `Cần xem xét so với năm trước: ${weighed}.`}
    </Typography.Text>
  );
}

export function CriteriaList({ criteria }: { criteria: Criterion[] }) {
  return (
    <div className="criteria-kinds">
      <KindCards
        items={criteria}
        extra={(items) => {
          const unconfirmed = items.filter((c) => !c.confirmed).length;
          return (
            unconfirmed > 0 && <Typography.Text type="warning">{unconfirmed} tiêu chí cần xác nhận</Typography.Text>
          );
        }}
      >
        {(items) => (
          <>
            {items.length === 0 && <Typography.Text type="secondary">Chưa có tiêu chí.</Typography.Text>}
            <ol className="criteria-items">
              {items.map((c) => (
                <li key={c.id} className={c.confirmed ? '' : 'criterion-unconfirmed'}>
                  <span className="criterion-code">Tiêu chí {c.code}</span>
                  <div className="criterion-body">
                    <div>{c.text}</div>
                    <SourceNote source={criterionSource(c)} />
                    <IncidentMappingNote c={c} />
                    <div className="criterion-tags">
                      <CriterionTags c={c} />
                    </div>
                  </div>
                </li>
              ))}
            </ol>
          </>
        )}
      </KindCards>
    </div>
  );
}
