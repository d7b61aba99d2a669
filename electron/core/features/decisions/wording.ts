// The words of a decision: the office's template filled for a draft's units, the wording that follows when units
// leave a draft, and the wording of a revocation. Pure apart from reading the template and settings once.
import type { Decision } from '#shared/api/decisionTypes.ts';
import type { OfficeSettings } from '#shared/api/types.ts';
import {
  STANDARD_NAME,
  fillTemplate,
  type DecisionTemplate,
  type TemplateValues,
} from '#shared/documents/decisionTemplate.ts';
import { formatLongDate, formatNumberCode } from '#shared/documents/format.ts';
import { UNIT_KINDS, type UnitKind } from '#shared/domain/units.ts';
import { formatDateVi } from '#shared/text/dates.ts';
import { localityInText } from '#shared/text/officeName.ts';
import type { Db } from '../../context.ts';
import { getSettings } from '../settings/index.ts';
import { getDecisionTemplate, getYearBases } from './template.ts';

/** The words a decision is made of; the same shape as the office's template. */
export type DecisionWording = DecisionTemplate;

const KIND_PLURAL: Record<UnitKind, string> = {
  khu_dan_cu: 'khu dân cư',
  xa_phuong: 'xã, phường, đặc khu',
  co_quan: 'cơ quan',
  doanh_nghiep: 'doanh nghiệp',
  co_so_giao_duc: 'cơ sở giáo dục',
};

/** "khu dân cư" for one kind; every kind named, in the usual order, for a decision mixing kinds. */
export function kindsPhrase(kinds: readonly UnitKind[]): string {
  return UNIT_KINDS.filter((k) => kinds.includes(k))
    .map((k) => KIND_PLURAL[k])
    .join(', ');
}

export function kindPlural(kind: UnitKind): string {
  return KIND_PLURAL[kind];
}

/** The office's template filled for a year: call the result with the kinds of a draft's units, in list order. */
export async function draftWording(db: Db, year: number): Promise<(unitKinds: UnitKind[]) => DecisionWording> {
  const settings = await getSettings(db);
  const { template } = await getDecisionTemplate(db);
  const yearBases = await getYearBases(db, year);
  return (unitKinds) => fillTemplate(template, templateValues(settings, year, unitKinds), yearBases);
}

/** " ngày 01 tháng 7 năm 2025" once the office has entered the date it checked; nothing until then. */
export function tt48DateText(settings: OfficeSettings): string {
  return settings.tt48Date ? ` ${formatLongDate(settings.tt48Date, Number(settings.tt48Date.slice(0, 4)))}` : '';
}

/** The facts a decision template is filled with, from the office settings and a draft's kinds of unit. */
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

/**
 * After units leave a draft, its wording follows: each line still exactly as the template wrote it for the units
 * before (`was`) is written again for the units left (`now`). A line the user changed stays as it is, and a
 * section is matched line by line only while it keeps the template's shape.
 */
export function followWording(current: DecisionWording, was: DecisionWording, now: DecisionWording): DecisionWording {
  const follow = (line: string, old: string, next: string) => (line === old ? next : line);
  const section = (lines: string[], old: string[], next: string[]) =>
    lines.length === old.length && old.length === next.length
      ? lines.map((l, i) => follow(l, old[i]!, next[i]!))
      : lines;
  return {
    subject: follow(current.subject, was.subject, now.subject),
    listTitle: follow(current.listTitle, was.listTitle, now.listTitle),
    bases: section(current.bases, was.bases, now.bases),
    articles: section(current.articles, was.articles, now.articles),
    recipients: section(current.recipients, was.recipients, now.recipients),
  };
}

/** "Quyết định số 05/QĐ-UBND ngày 20/10/2026": how a signed decision is cited. */
export function decisionReference(d: Pick<Decision, 'number' | 'code' | 'signedOn'>): string {
  return `Quyết định số ${formatNumberCode({ number: d.number, code: d.code })} ngày ${formatDateVi(d.signedOn)}`;
}

/** A revocation's wording: it cites the revoked decision, keeps its first two bases and its recipients. */
export function revocationWording(old: Decision, settings: OfficeSettings): DecisionWording {
  const reference = decisionReference(old);
  return {
    subject: `Về việc thu hồi ${reference}`,
    listTitle: `Danh sách đơn vị bị thu hồi công nhận theo ${reference}`,
    bases: [...old.bases.slice(0, 2), `Theo đề nghị của Trưởng ${settings.standingOfficeName}`],
    articles: [
      `Thu hồi ${reference} ${old.subject.replace(/^Về việc /u, 'về việc ')} đối với các đơn vị có tên trong danh sách kèm theo.`,
      'Quyết định có hiệu lực kể từ ngày ký. Các Giấy công nhận đã cấp theo quyết định bị thu hồi không còn giá trị.',
      `Văn phòng Hội đồng nhân dân và Ủy ban nhân dân, ${settings.standingOfficeName}, các đơn vị có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.`,
    ],
    recipients: old.recipients,
  };
}
