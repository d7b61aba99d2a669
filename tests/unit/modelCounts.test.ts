// The counting rule over records from several communes: a model replicated in two communes carries the same name
// there and counts once, while its points and teams add up; effective and retired ones count by name too.
import { describe, expect, it } from 'vitest';
import { countModels, type CountedModel } from '../../electron/core/features/models/counts.ts';

const model = (over: Partial<CountedModel> & Pick<CountedModel, 'nameKey'>): CountedModel => ({
  typeCode: 'tu_quan',
  establishedOn: '2024-03-01',
  retiredOn: null,
  effectiveYears: [],
  points: [],
  ...over,
});

describe('countModels', () => {
  it('counts a model replicated across communes once, with all its points and teams', () => {
    const dongSon = [
      model({
        nameKey: 'to tu quan an ninh trat tu',
        effectiveYears: [2025],
        points: [
          { startedOn: '2024-04-01', endedOn: null, teams: [null, '2024-04-01'] },
          { startedOn: '2025-03-01', endedOn: null, teams: ['2025-03-01'] },
        ],
      }),
      model({ nameKey: 'to hoa giai', typeCode: 'tu_hoa_giai', retiredOn: '2025-06-01' }),
    ];
    const taySon = [
      model({
        nameKey: 'to tu quan an ninh trat tu',
        effectiveYears: [2025],
        points: [{ startedOn: '2025-01-10', endedOn: null, teams: ['2025-01-10', '2025-01-10'] }],
      }),
      model({ nameKey: 'to hoa giai', typeCode: 'tu_hoa_giai', retiredOn: '2025-07-01' }),
      model({
        nameKey: 'camera an ninh',
        typeCode: 'tu_bao_ve',
        points: [{ startedOn: '2024-05-01', endedOn: '2025-01-01', teams: [null] }],
      }),
      model({ nameKey: 'chi moi de xuat', establishedOn: null }),
    ];
    expect(countModels(2025, [...dongSon, ...taySon])).toEqual({
      year: 2025,
      models: 2,
      points: 3,
      teams: 5,
      effective: 1,
      retired: 1,
      byType: { tu_bao_ve: 1, tu_quan: 1 },
    });
    // Each commune alone: the sums of points and teams agree with the whole; models by name do not add up.
    const one = countModels(2025, dongSon);
    const other = countModels(2025, taySon);
    expect(one.points + other.points).toBe(3);
    expect(one.teams + other.teams).toBe(5);
    expect(one.models + other.models).toBe(3);
  });
});
