import { In, IsNull, type EntityManager } from 'typeorm';
import { CaseAction, CaseStage } from '../cases/case.entity';
import { CaseMaterial, DossierStep, MaterialKind } from './material.entity';

/** A required material a case does not have yet. */
export interface MissingMaterial {
  code: string;
  name: string;
  step: DossierStep;
}

/** The steps of the dossier whose required materials a step of the pipeline needs. */
export function gateOf(action: CaseAction, toStage: CaseStage | null): DossierStep[] {
  switch (action) {
    case CaseAction.RECORD_TALK:
      // The application letter comes with the case; the first step it can hold back is the talk.
      return [DossierStep.APPLICATION, DossierStep.TALK];
    case CaseAction.RECORD_POLITICAL_REVIEW:
      return [DossierStep.POLITICAL_REVIEW];
    case CaseAction.RECORD_TRAINING:
      return [DossierStep.TRAINING];
    case CaseAction.APPROVE_ADMISSION:
      return [DossierStep.APPROVAL];
    case CaseAction.ADVANCE:
    case CaseAction.CONVERT:
      if (toStage === CaseStage.ACTIVIST) return [DossierStep.ACTIVIST];
      if (toStage === CaseStage.DEVELOPMENT_TARGET) return [DossierStep.ASSESSMENT, DossierStep.DEVELOPMENT_TARGET];
      if (toStage === CaseStage.PROBATIONARY) return [DossierStep.ADMISSION];
      if (toStage === CaseStage.FULL) return [DossierStep.CONVERSION];
      return [];
    default:
      return [];
  }
}

/** The required materials each of these cases has no file of, in two statements for any number of cases. */
export async function missingMaterialsOf(em: EntityManager, caseIds: readonly number[]): Promise<Map<number, MissingMaterial[]>> {
  const missing = new Map(caseIds.map((id) => [id, [] as MissingMaterial[]]));
  const required = await em.find(MaterialKind, { where: { required: true } });
  if (!required.length || !caseIds.length) return missing;
  const present = await em.find(CaseMaterial, { select: { caseId: true, kindId: true }, where: { caseId: In([...caseIds]), kindId: In(required.map((k) => k.id)), replacedAt: IsNull() } });
  const filed = new Set(present.map((m) => `${m.caseId}:${m.kindId}`));
  for (const [caseId, list] of missing) {
    for (const k of required) if (!filed.has(`${caseId}:${k.id}`)) list.push({ code: k.code, name: k.name, step: k.step });
  }
  return missing;
}

/** The required materials a case has no file of: what the step guards hold a step back for. */
export async function missingMaterials(em: EntityManager, caseId: number): Promise<MissingMaterial[]> {
  return (await missingMaterialsOf(em, [caseId])).get(caseId)!;
}

/** One failure per required material of the gated steps the case lacks: rule `materialMissing`, naming it. */
export function materialGuards(gate: readonly DossierStep[], missing: readonly MissingMaterial[]): { rule: string; message: string; params: Record<string, string> }[] {
  return missing
    .filter((m) => gate.includes(m.step))
    .map((m) => ({ rule: 'materialMissing', message: `the dossier lacks ${m.name} (${m.code}); upload it first`, params: { material: m.code, name: m.name, step: m.step } }));
}
