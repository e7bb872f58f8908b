import { VenueStandard } from './venue.entity';

export interface ChecklistItem {
  code: string;
  label: string;
}

/** The checklists by default; the database may replace a standard's list (venue_checklist_item). */
export const DEFAULT_CHECKLISTS: Record<VenueStandard, ChecklistItem[]> = {
  [VenueStandard.FOUR_HAVES]: [
    { code: 'place', label: '有场所' },
    { code: 'sign', label: '有标识' },
    { code: 'rules', label: '有制度' },
    { code: 'materials', label: '有学习资料' },
  ],
  [VenueStandard.FULL]: [
    { code: 'place', label: '有独立场所（40 平方米以上）' },
    { code: 'sign', label: '有党组织标识' },
    { code: 'flag', label: '有党旗和入党誓词' },
    { code: 'rules', label: '有制度上墙' },
    { code: 'materials', label: '有学习资料和书报' },
    { code: 'equipment', label: '有电教设备' },
    { code: 'records', label: '有活动记录' },
  ],
  [VenueStandard.MASS_ROOM]: [
    { code: 'place', label: '有活动室' },
    { code: 'sign', label: '有工会或共青团标识' },
    { code: 'records', label: '有活动记录' },
  ],
};

/** Whether the checks meet every item of the list. */
export function compliant(items: ChecklistItem[], checks: { code: string; ok: boolean }[]): { ok: boolean; missing: string[] } {
  const missing = items.filter((item) => !checks.find((c) => c.code === item.code)?.ok).map((item) => item.label);
  return { ok: missing.length === 0, missing };
}

/** A full venue meets the "four haves" too; anything meets the mass-room standard. */
export function satisfies(has: VenueStandard, needs: VenueStandard): boolean {
  if (has === needs) return true;
  if (needs === VenueStandard.FOUR_HAVES) return has === VenueStandard.FULL;
  if (needs === VenueStandard.MASS_ROOM) return true;
  return false;
}
