import { randomUUID } from 'node:crypto';
import { In, IsNull, type EntityManager } from 'typeorm';
import { actorDisplayName, type Actor } from '../../access/actor';
import { requirePermission, requireViewer, scopeCondition, withinOrganization } from '../../access/scope';
import { AuditService, diffChanges } from '../../audit/audit.service';
import { isValidLocalDate, todayInChina } from '../../common/dates';
import { parseId } from '../../common/list';
import type { Database } from '../../db/database';
import type { FileStore } from '../../db/file-store';
import { Conditions } from '../../db/conditions';
import { expectVersion, writeVersioned } from '../../db/versioned';
import { inOrderOf, pageOf, type ReportRows, type ReportWindow } from '../../kernel/report-page';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../../kernel/errors';
import { Organization } from '../../organizations';
import { Person } from '../../people';
import type { CertificateFont } from '../../training';
import { CASE_STAGE_NAMES, DevelopmentCase, OPEN_STAGES } from '../cases/case.entity';
import { renderDossier, type DossierLine } from './dossier.pdf';
import { dueOf, dueStages, requiredOf, stepRecorded } from './material.rules';
import { DevelopmentCaseService } from '../cases/case.service';
import { CaseMaterial, DossierStep, MaterialKind } from './material.entity';
import { checkFileName, checkMaterialFile, contentTypeOf } from './material.files';
import type { CreateMaterialKindArgs, UpdateMaterialKindArgs } from './material.args';

const RECORD = 'CaseMaterial';
const STEP_ORDER = Object.values(DossierStep);

/** Where a material stands in a case's dossier. */
export enum DossierState {
  /** In the dossier. */
  PRESENT = 'PRESENT',
  /** Required, and its step is the case's next: the step waits for it. */
  MISSING = 'MISSING',
  /** Required, and its step was recorded without it (before it was required): to be filed. */
  LATE = 'LATE',
  /** Not required of this case (or not at all), or of a step a closed case never reached; and not there. */
  OPTIONAL = 'OPTIONAL',
  /** Required, of a step further ahead than the case's next: not due yet. */
  AHEAD = 'AHEAD',
}

/** A line of the dossier: a kind of material, the version in the dossier, and where it stands. */
export interface DossierEntry {
  kind: MaterialKind;
  material: CaseMaterial | null;
  state: DossierState;
  /** Required of this case (requiredOf). */
  required: boolean;
}

/** A required material an open case lacks: a line of the worklist. */
export interface MissingMaterialRow {
  case: DevelopmentCase;
  kind: MaterialKind;
  state: DossierState;
}

/** Where a kind stands in a case's dossier, given the version filed (or none): the dossier's lines and the worklist's rows alike. */
function dossierState(kind: MaterialKind, material: CaseMaterial | null, c: DevelopmentCase): DossierState {
  if (material) return DossierState.PRESENT;
  if (!requiredOf(kind, c)) return DossierState.OPTIONAL;
  if (stepRecorded(c, kind.step)) return DossierState.LATE;
  if (dueOf(kind.step, c)) return DossierState.MISSING;
  // A closed case takes no further step: what it never reached is not owed.
  return OPEN_STAGES.includes(c.stage) ? DossierState.AHEAD : DossierState.OPTIONAL;
}

/** The kinds in the dossier's order: by step, then by their place within it. */
export async function kindsInOrder(em: EntityManager): Promise<MaterialKind[]> {
  const kinds = await em.find(MaterialKind);
  return kinds.sort((a, b) => STEP_ORDER.indexOf(a.step) - STEP_ORDER.indexOf(b.step) || a.sortOrder - b.sortOrder || a.id - b.id);
}

/**
 * The dossier of member-development cases (docs/api.md, "The dossier"): the kinds of material each
 * step needs, and each case's files, versioned, checked on the way in and audited on the way out.
 */
export class MaterialService {
  private readonly audit = new AuditService();
  private readonly cases: DevelopmentCaseService;

  constructor(
    private readonly db: Database,
    private readonly actor: Actor,
    private readonly files: FileStore,
  ) {
    this.cases = new DevelopmentCaseService(db, actor);
  }

  async kinds(): Promise<MaterialKind[]> {
    requirePermission(this.actor, 'case:read');
    return kindsInOrder(this.db.manager);
  }

  /** A kind of material of the department's own (administrators). */
  async createKind(args: CreateMaterialKindArgs): Promise<MaterialKind> {
    requirePermission(this.actor, 'oversight:configure');
    return this.db.write(async (em) => {
      if (await em.existsBy(MaterialKind, { code: args.code })) throw BadInputError.field('code', 'taken', `${args.code} is already a kind of material`);
      const saved = await em.save(
        em.create(MaterialKind, { code: args.code, name: args.name.trim(), step: args.step, required: args.required, requiredFrom: args.required ? (args.requiredFrom ?? null) : null, fileTypes: [...new Set(args.fileTypes)], uploadRoles: [...new Set(args.uploadRoles)], sortOrder: args.sortOrder ?? 100, builtIn: false }),
      );
      await this.audit.record(em, this.actor, { action: 'material.kind.create', recordType: 'MaterialKind', recordId: saved.id, changes: diffChanges(null, saved, ['code', 'name', 'step', 'required', 'requiredFrom', 'fileTypes', 'uploadRoles']) });
      return saved;
    });
  }

  /** Changes a kind: its name, whether it is required, its file types, who adds it, its place (administrators). */
  async updateKind(args: UpdateMaterialKindArgs): Promise<MaterialKind> {
    requirePermission(this.actor, 'oversight:configure');
    return this.db.write(async (em) => {
      const current = await em.findOneBy(MaterialKind, { id: parseId(args.id) ?? -1 });
      if (!current) throw new NotFoundError('MaterialKind', args.id);
      expectVersion('material kind', current, args.version);
      const changes: Partial<MaterialKind> = {};
      if (args.name) changes.name = args.name.trim();
      if (typeof args.required === 'boolean') changes.required = args.required;
      if (args.requiredFrom !== undefined) changes.requiredFrom = args.requiredFrom;
      // A kind not required has no 施行日期: switching it on later sets one afresh, not an old one back.
      if (!(changes.required ?? current.required)) changes.requiredFrom = null;
      if (args.fileTypes) changes.fileTypes = [...new Set(args.fileTypes)];
      if (args.uploadRoles) changes.uploadRoles = [...new Set(args.uploadRoles)];
      if (typeof args.sortOrder === 'number') changes.sortOrder = args.sortOrder;
      const written = await writeVersioned(em, MaterialKind, 'material kind', current, changes);
      if (!written) return current;
      const after = await em.findOneByOrFail(MaterialKind, { id: current.id });
      await this.audit.record(em, this.actor, { action: 'material.kind.update', recordType: 'MaterialKind', recordId: current.id, changes: diffChanges(current, after, ['name', 'required', 'requiredFrom', 'fileTypes', 'uploadRoles', 'sortOrder']) });
      return after;
    });
  }

  /** The case's dossier, kind by kind, in order (the case must be in your scope). */
  async dossier(c: DevelopmentCase): Promise<DossierEntry[]> {
    const [kinds, current] = await Promise.all([kindsInOrder(this.db.manager), this.db.manager.find(CaseMaterial, { where: { caseId: c.id, replacedAt: IsNull() } })]);
    const byKind = new Map(current.map((m) => [m.kindId, m]));
    return kinds.map((kind) => {
      const material = byKind.get(kind.id) ?? null;
      return { kind, material, state: dossierState(kind, material, c), required: requiredOf(kind, c) };
    });
  }

  /** Every version of the case's materials, newest first; the replaced ones with why. */
  async history(c: DevelopmentCase): Promise<CaseMaterial[]> {
    return this.db.manager.find(CaseMaterial, { where: { caseId: c.id }, order: { id: 'DESC' } });
  }

  /**
   * Adds a file to a case's dossier, or replaces the one there (`replaces` its id, with a reason):
   * the file checked by its content first, then the file and its row and the audit entry in one
   * transaction, the case locked so two uploads of a material do not both become the current one.
   */
  async upload(caseId: string, args: { kind: string; formedOn: string; fileName: string | undefined; replaces?: string | null; reason?: string | null }, body: Buffer): Promise<CaseMaterial> {
    requirePermission(this.actor, 'case:write');
    const viewer = requireViewer(this.actor);
    // Out of scope answers as missing whatever else is wrong, before the file is looked at (locked again below).
    await this.cases.get(caseId);
    const kind = await this.db.manager.findOneBy(MaterialKind, { code: args.kind ?? '' });
    if (!kind) throw BadInputError.field('kind', 'unknown', `${args.kind || '(none)'} is not a kind of material`);
    if (!kind.uploadRoles.includes(viewer.user.role)) throw new ForbiddenError(`${kind.name} is added by ${kind.uploadRoles.join(', ')}`, { uploadRoles: kind.uploadRoles });
    if (!isValidLocalDate(args.formedOn ?? '')) throw BadInputError.field('formedOn', 'date', 'give the day the document was made, as YYYY-MM-DD');
    const today = todayInChina();
    if (args.formedOn > today) throw BadInputError.field('formedOn', 'future', `${args.formedOn} is in the future (today is ${today})`);
    const fileName = checkFileName(args.fileName);
    const reason = args.reason?.trim() || null;
    if (reason && [...reason].length > 200) throw BadInputError.field('reason', 'tooLong', 'a reason has at most 200 characters', { max: 200 });
    const checked = await checkMaterialFile(body, kind.fileTypes);
    return this.db.write(async (em) => {
      const c = await this.cases.lockedGet(em, caseId);
      const current = await em.findOneBy(CaseMaterial, { caseId: c.id, kindId: kind.id, replacedAt: IsNull() });
      const replaces = args.replaces ? parseId(args.replaces) : null;
      if (current && replaces !== current.id) {
        throw new ConflictError('materialPresent', `${kind.name} is in the dossier (version ${current.revision}); replace it, giving its id and the reason`, { current: String(current.id) });
      }
      if (!current && args.replaces) throw new ConflictError('nothingToReplace', `the dossier has no ${kind.name} to replace`);
      if (current && !reason) throw BadInputError.field('reason', 'required', 'say why the file is replaced');
      const fileKey = `material-${randomUUID()}`;
      await this.files.put(em, fileKey, checked.data, contentTypeOf(checked.type));
      if (current) await em.update(CaseMaterial, { id: current.id }, { replacedAt: new Date(), replacedReason: reason });
      const saved = await em.save(
        em.create(CaseMaterial, {
          caseId: c.id,
          kindId: kind.id,
          revision: (current?.revision ?? 0) + 1,
          fileKey,
          fileType: checked.type,
          fileName,
          byteSize: checked.data.length,
          pageCount: checked.pageCount,
          formedOn: args.formedOn,
          uploadedById: viewer.user.id,
          uploadedByName: actorDisplayName(this.actor) ?? viewer.user.username,
          replacedAt: null,
          replacedReason: null,
        }),
      );
      await this.audit.record(em, this.actor, {
        action: current ? 'material.replace' : 'material.add',
        recordType: RECORD,
        recordId: saved.id,
        organizationId: c.organizationId,
        changes: { caseId: [null, c.id], kind: [null, kind.code], revision: [current?.revision ?? null, saved.revision], fileName: [current?.fileName ?? null, fileName], ...(reason ? { reason: [null, reason] } : {}) },
      });
      return saved;
    });
  }

  /**
   * A material's file, for those who may read national ids (the documents carry them); every
   * read is on the audit trail. Out of scope, or not a material, is NOT_FOUND alike.
   */
  async file(materialId: string): Promise<{ material: CaseMaterial; data: Buffer; contentType: string }> {
    requirePermission(this.actor, 'case:read');
    const material = await this.db.manager.findOneBy(CaseMaterial, { id: parseId(materialId) ?? -1 });
    if (!material) throw new NotFoundError(RECORD, materialId);
    const c = await this.cases.get(material.caseId).catch(() => {
      throw new NotFoundError(RECORD, materialId);
    });
    requirePermission(this.actor, 'person:readNationalId', 'the dossier\'s files carry personal documents: your role may list them, not open them');
    const file = await this.files.get(material.fileKey);
    if (!file) throw new NotFoundError(RECORD, materialId);
    await this.db.write((em) => this.audit.record(em, this.actor, { action: 'material.read', recordType: RECORD, recordId: material.id, organizationId: c.organizationId, changes: {} }));
    return { material, data: file.data, contentType: file.contentType };
  }

  /** The case, if you may print its dossier: in your scope (else NOT_FOUND), and a reader of national ids (else FORBIDDEN). */
  async mayPrint(caseId: string): Promise<DevelopmentCase> {
    requirePermission(this.actor, 'case:read');
    const c = await this.cases.get(caseId);
    requirePermission(this.actor, 'person:readNationalId', 'the dossier\'s files carry personal documents: your role may list them, not print them');
    return c;
  }

  /**
   * 打印材料目录: the case's dossier as one PDF (dossier.pdf.ts), for those who may open its files;
   * printing it is on the audit trail. Out of scope is NOT_FOUND.
   */
  async print(caseId: string, font: CertificateFont): Promise<{ pdf: Buffer; pages: number; fileName: string }> {
    const c = await this.mayPrint(caseId);
    const entries = (await this.dossier(c)).filter((e) => e.material || e.state === DossierState.MISSING || e.state === DossierState.LATE);
    const lines: DossierLine[] = [];
    for (const { kind, material } of entries) {
      const file = material ? await this.files.get(material.fileKey) : null;
      lines.push({ name: kind.name, formedOn: material?.formedOn ?? null, pages: material?.pageCount ?? 0, file: material && file ? { type: material.fileType, data: file.data } : null });
    }
    const [person, organization] = await Promise.all([this.db.manager.findOneByOrFail(Person, { id: c.personId }), this.db.manager.findOneByOrFail(Organization, { id: c.organizationId })]);
    const printed = await renderDossier(font, { name: person.name, organization: organization.name, stage: CASE_STAGE_NAMES[c.stage], printedOn: todayInChina() }, lines);
    await this.db.write((em) =>
      this.audit.record(em, this.actor, { action: 'material.print', recordType: 'DevelopmentCase', recordId: c.id, organizationId: c.organizationId, changes: { materials: [null, lines.filter((l) => l.file).length], pages: [null, printed.pages] } }),
    );
    return { ...printed, fileName: `入党材料-${person.name}.pdf` };
  }

  /**
   * The worklist: every material due and required of the open cases in your scope that they lack,
   * case by case (oldest case first) and in the dossier's order within a case; only one kind, or
   * one subtree, when asked.
   * Each row says whether its step waits for it (MISSING) or was recorded without it (LATE).
   */
  async worklist(filter: { kind?: string | null; withinOrganization?: string | null }, window: ReportWindow): Promise<ReportRows<MissingMaterialRow>> {
    requirePermission(this.actor, 'case:read');
    const kinds = await kindsInOrder(this.db.manager);
    const order = new Map(kinds.map((k, i) => [k.id, i]));
    // The kinds each open stage owes (dueStages), as a table joined on the case's stage: a case meets
    // only the kinds due of it, in the dossier's order (ord).
    const due = dueStages(kinds.filter((k) => k.required && (!filter.kind || k.code === filter.kind)));
    if (!due.length) return pageOf(0, window, async () => []);
    const pairs = due.map(() => 'SELECT ? AS stage, ? AS kindId, ? AS ord, ? AS requiredFrom').join(' UNION ALL ');
    const pairParams = due.flatMap(({ stage, kind }) => [stage, kind.id, order.get(kind.id), kind.requiredFrom]);
    const where = scopeCondition(new Conditions(), 'o.path', this.actor);
    where.add(`c.stage IN (${OPEN_STAGES.map(() => '?').join(', ')})`, ...OPEN_STAGES);
    // A kind with a 施行日期 is required only of the cases applied for from that day (requiredOf, in SQL).
    where.add('(d.requiredFrom IS NULL OR c.appliedOn >= d.requiredFrom)');
    where.add('m.id IS NULL');
    if (filter.withinOrganization !== undefined && filter.withinOrganization !== null) where.and(withinOrganization(this.db, 'o.path', parseId(filter.withinOrganization) ?? -1));
    const from = `FROM development_case c INNER JOIN organization o ON o.id = c.organizationId INNER JOIN (${pairs}) d ON d.stage = c.stage
      LEFT JOIN case_material m ON m.caseId = c.id AND m.kindId = d.kindId AND m.replacedAt IS NULL ${where.where()}`;
    const params = [...pairParams, ...where.params];
    const [{ n }]: { n: number | string }[] = await this.db.manager.query(`SELECT COUNT(*) AS n ${from}`, params);
    return pageOf(Number(n), window, async ({ offset, limit }) => {
      // The dossier's order within a case, in SQL, so pages follow on from each other.
      const rows: { caseId: number | string; kindId: number | string }[] = await this.db.manager.query(`SELECT c.id AS caseId, d.kindId AS kindId ${from} ORDER BY c.id, d.ord LIMIT ? OFFSET ?`, [
        ...params,
        limit,
        offset,
      ]);
      const caseIds = [...new Set(rows.map((r) => Number(r.caseId)))];
      const cases = await this.db.manager.findBy(DevelopmentCase, { id: In(caseIds) });
      const caseById = new Map(inOrderOf(caseIds, cases, (c) => c.id).map((c) => [c.id, c]));
      const kindById = new Map(kinds.map((k) => [k.id, k]));
      return rows.map((r) => {
        const c = caseById.get(Number(r.caseId))!;
        const kind = kindById.get(Number(r.kindId))!;
        return { case: c, kind, state: dossierState(kind, null, c) };
      });
    });
  }
}
