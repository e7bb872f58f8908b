import { In, IsNull, type EntityManager } from 'typeorm';
import { CaseAction, CaseStage, OPEN_STAGES, type DevelopmentCase } from '../cases/case.entity';
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

/**
 * Whether a kind is required of a case: a required kind with a 施行日期 (`requiredFrom`) is required
 * only of the cases applied for on or after it, so the cases begun before are not held back
 * (docs/api.md, "The dossier"). The worklist asks the same in SQL.
 */
export function requiredOf(kind: Pick<MaterialKind, 'required' | 'requiredFrom'>, c: Pick<DevelopmentCase, 'appliedOn'>): boolean {
  return kind.required && (kind.requiredFrom === null || String(c.appliedOn).slice(0, 10) >= String(kind.requiredFrom).slice(0, 10));
}

/** Whether the step of the pipeline a dossier step documents has been recorded on the case. */
export function stepRecorded(c: DevelopmentCase, step: DossierStep): boolean {
  switch (step) {
    case DossierStep.APPLICATION:
    case DossierStep.TALK:
      return c.talkedOn !== null;
    case DossierStep.ACTIVIST:
      return c.activistOn !== null;
    case DossierStep.ASSESSMENT:
    case DossierStep.DEVELOPMENT_TARGET:
      return c.targetOn !== null;
    case DossierStep.POLITICAL_REVIEW:
      return c.politicalReviewOn !== null;
    case DossierStep.TRAINING:
      return c.trainingDays > 0 || c.trainingHours > 0;
    case DossierStep.ADMISSION:
      return c.admittedOn !== null;
    case DossierStep.APPROVAL:
      return c.approvedOn !== null;
    case DossierStep.CONVERSION:
      return c.stage === CaseStage.FULL;
  }
}

/**
 * The stage from which a step's materials are due: the one whose next steps they hold back
 * (gateOf). An applicant owes its letter, the talk's record and the recommendation; an activist
 * the assessments and the opinions; a development target the review, the training and the
 * admission; a probationary member the approval and the conversion.
 */
const DUE_FROM: Record<DossierStep, CaseStage> = {
  [DossierStep.APPLICATION]: CaseStage.APPLICANT,
  [DossierStep.TALK]: CaseStage.APPLICANT,
  [DossierStep.ACTIVIST]: CaseStage.APPLICANT,
  [DossierStep.ASSESSMENT]: CaseStage.ACTIVIST,
  [DossierStep.DEVELOPMENT_TARGET]: CaseStage.ACTIVIST,
  [DossierStep.POLITICAL_REVIEW]: CaseStage.DEVELOPMENT_TARGET,
  [DossierStep.TRAINING]: CaseStage.DEVELOPMENT_TARGET,
  [DossierStep.ADMISSION]: CaseStage.DEVELOPMENT_TARGET,
  [DossierStep.APPROVAL]: CaseStage.PROBATIONARY,
  [DossierStep.CONVERSION]: CaseStage.PROBATIONARY,
};

/** The open stages at which a step's materials are due. */
function dueAt(step: DossierStep): CaseStage[] {
  return OPEN_STAGES.slice(OPEN_STAGES.indexOf(DUE_FROM[step]));
}

/**
 * Whether a step's materials are due from a case: its step was recorded, or the case is open and
 * has reached the stage whose next steps they hold back. Materials further ahead are not counted
 * missing yet (docs/api.md, "The dossier"). The worklist asks the same in SQL (dueStages).
 */
export function dueOf(step: DossierStep, c: DevelopmentCase): boolean {
  return stepRecorded(c, step) || dueAt(step).includes(c.stage);
}

/**
 * dueOf for the open cases (where a recorded step means its stage was reached) as rows a query
 * can join on the case's stage: each of these kinds with each open stage at which it is due.
 */
export function dueStages<K extends Pick<MaterialKind, 'step'>>(kinds: readonly K[]): { stage: CaseStage; kind: K }[] {
  return kinds.flatMap((kind) => dueAt(kind.step).map((stage) => ({ stage, kind })));
}

/** The materials required of each of these cases and due that it has no file of, in two statements for any number of cases. */
export async function missingMaterialsOf(em: EntityManager, cases: readonly DevelopmentCase[]): Promise<Map<number, MissingMaterial[]>> {
  const missing = new Map(cases.map((c) => [c.id, [] as MissingMaterial[]]));
  const required = await em.find(MaterialKind, { where: { required: true } });
  if (!required.length || !cases.length) return missing;
  const present = await em.find(CaseMaterial, { select: { caseId: true, kindId: true }, where: { caseId: In(cases.map((c) => c.id)), kindId: In(required.map((k) => k.id)), replacedAt: IsNull() } });
  const filed = new Set(present.map((m) => `${m.caseId}:${m.kindId}`));
  for (const c of cases) {
    const list = missing.get(c.id)!;
    for (const k of required) if (requiredOf(k, c) && dueOf(k.step, c) && !filed.has(`${c.id}:${k.id}`)) list.push({ code: k.code, name: k.name, step: k.step });
  }
  return missing;
}

/** The materials required of a case and due that it has no file of: what the step guards hold a step back for. */
export async function missingMaterials(em: EntityManager, c: DevelopmentCase): Promise<MissingMaterial[]> {
  return (await missingMaterialsOf(em, [c])).get(c.id)!;
}

/** One failure per required material of the gated steps the case lacks: rule `materialMissing`, naming it. */
export function materialGuards(gate: readonly DossierStep[], missing: readonly MissingMaterial[]): { rule: string; message: string; params: Record<string, string> }[] {
  return missing
    .filter((m) => gate.includes(m.step))
    .map((m) => ({ rule: 'materialMissing', message: `the dossier lacks ${m.name} (${m.code}); upload it first`, params: { material: m.code, name: m.name, step: m.step } }));
}
