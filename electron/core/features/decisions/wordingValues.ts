// The facts a decision template is filled with, from the office settings and a draft's kinds of unit.
import type { OfficeSettings } from '#shared/api/types.ts';
import { STANDARD_NAME, type TemplateValues } from '#shared/documents/decisionTemplate.ts';
import { formatLongDate } from '#shared/documents/format.ts';
import type { UnitKind } from '#shared/domain/units.ts';
import { kindsPhrase, localityInText } from './service.ts';

/** " ngày 01 tháng 7 năm 2025" once the office has entered the date it checked; nothing until then. */
export function tt48DateText(settings: OfficeSettings): string {
  return settings.tt48Date ? ` ${formatLongDate(settings.tt48Date, Number(settings.tt48Date.slice(0, 4)))}` : '';
}

export function templateValues(settings: OfficeSettings, year: number, unitKinds: UnitKind[]): TemplateValues {
  return {
    so_don_vi: String(unitKinds.length),
    doi_tuong: kindsPhrase([...new Set(unitKinds)]),
    nam: String(year),
    tieu_chuan: STANDARD_NAME,
    dia_phuong: localityInText(settings),
    co_quan_thuong_truc: settings.standingOfficeName,
    tinh: settings.provinceName,
    luu: settings.archiveCode,
    ngay_tt48: tt48DateText(settings),
  };
}
