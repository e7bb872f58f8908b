import { expectVersion, writeVersioned } from '../db/versioned';
import { forUpdate, readShared } from '../db/transaction';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../access/actor';
import { requirePermission, scopeCondition, withinOrganization } from '../access/scope';
import { AuditService, diffChanges } from '../audit/audit.service';
import { todayInChina } from '../common/dates';
import { LIKE_ESCAPE, MAX_PER_PAGE, likeContains, parseId, type ListArgsShape } from '../common/list';
import { Conditions } from '../db/conditions';
import { ListEngine } from '../db/list-engine';
import type { Database } from '../db/database';
import { BadInputError, ConflictError, NotFoundError } from '../kernel/errors';
import { Organization, OrganizationKind, PARTY_KINDS, namedOrganization } from '../organizations';
import { Venue, VenueChecklistItem, VenueCompliance, VenuePhoto, VenueStandard } from './venue.entity';
import type { CreateVenueArgs, InspectVenueArgs, VenueFilter } from './venue.args';
import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import { PHOTO_SIZES, processPhoto } from '../exemplars';
import type { FileStore } from '../db/file-store';
import { compliant, DEFAULT_CHECKLISTS, satisfies, type ChecklistItem } from './venue.rules';
import { ChamberTally, OrganizationTally } from './tally.entity';
import { NO_ROWS, inOrderOf, pageOf, rowCount, type ReportRows, type ReportWindow } from '../kernel/report-page';
import { ReportSubtree } from './subtree';
import { loadRules } from '../organizations';

const RECORD = 'Venue';

const SORTS: Record<string, string[]> = {
  id: ['v.id'],
  name: ['v.name'],
  standard: ['v.standard', 'v.id'],
  organizationId: ['v.organizationId', 'v.id'],
  checkedOn: ['v.checkedOn'],
  updatedAt: ['v.updatedAt'],
};
/** Evidence photos one venue keeps at most. */
export const MAX_VENUE_PHOTOS = 12;

export class VenueService {
  private readonly audit = new AuditService();

  constructor(
    private readonly db: Database,
    private readonly actor: Actor,
    private readonly files: FileStore | null = null,
    private readonly today: () => string = () => todayInChina(),
  ) {
    this.venues = new ListEngine(db, RECORD, {
      entity: Venue,
      alias: 'v',
      joins: [{ entity: Organization, alias: 'vo', on: 'vo.id = v.organizationId' }],
      sorts: SORTS,
      defaultSort: 'id',
      where: (filter) => this.conditions(filter),
    });
  }

  private readonly venues: ListEngine<Venue, VenueFilter>;

  /** A venue in scope, or NOT_FOUND. */
  async get(id: string | number): Promise<Venue> {
    requirePermission(this.actor, 'oversight:read');
    return this.venues.get(id);
  }

  /** A page of venues in scope, holding the columns asked for (null or absent: whole rows). */
  async list(args: ListArgsShape<VenueFilter>, columns?: ReadonlySet<string> | null): Promise<Venue[]> {
    requirePermission(this.actor, 'oversight:read');
    return this.venues.rows(args, columns);
  }

  async count(filter: VenueFilter | null | undefined): Promise<number> {
    requirePermission(this.actor, 'oversight:read');
    return this.venues.count(filter);
  }

  /** The one place venue filters become SQL, on the alias `v` with its organization `vo`, the viewer's scope included. */
  private conditions(filter: VenueFilter): Conditions {
    const where = scopeCondition(new Conditions(), 'vo.path', this.actor);
    const q = filter.q?.trim();
    if (q) where.add(`(v.name LIKE ? ${LIKE_ESCAPE} OR v.address LIKE ? ${LIKE_ESCAPE})`, likeContains(q), likeContains(q));
    if (filter.organizationId !== undefined && filter.organizationId !== null) where.add('v.organizationId = ?', parseId(filter.organizationId) ?? -1);
    if (filter.withinOrganization !== undefined && filter.withinOrganization !== null) where.and(withinOrganization(this.db, 'vo.path', parseId(filter.withinOrganization) ?? -1));
    if (filter.standard) where.add('v.standard = ?', filter.standard);
    return where;
  }

  /** Evidence photos by venue, batched per request. */
  readonly photoLoader = new DataLoader<number, VenuePhoto[]>(async (ids) => {
    const found = await this.photosOf([...ids]);
    return ids.map((id) => found.get(id) ?? []);
  });

  /** The evidence photos of venues, oldest first. */
  async photosOf(venueIds: number[]): Promise<Map<number, VenuePhoto[]>> {
    const rows = venueIds.length ? await this.db.manager.createQueryBuilder(VenuePhoto, 'vp').where('vp.venueId IN (:...ids)', { ids: venueIds }).orderBy('vp.id', 'ASC').getMany() : [];
    const out = new Map<number, VenuePhoto[]>();
    for (const r of rows) {
      const list = out.get(r.venueId) ?? [];
      list.push(r);
      out.set(r.venueId, list);
    }
    return out;
  }

  /**
   * Adds an evidence photo to a venue in scope: checked and converted before anything is
   * written (a refused upload stores nothing), at most MAX_VENUE_PHOTOS per venue.
   */
  async attachPhoto(venueId: string, upload: Buffer): Promise<VenuePhoto> {
    requirePermission(this.actor, 'meeting:write');
    const files = this.files;
    if (!files) throw new Error('no file store');
    const venue = await this.get(venueId);
    const processed = await processPhoto(upload);
    const key = `venue-${randomUUID()}`;
    return this.db.write(async (em) => {
      await this.venues.locked(em, venue.id);
      const count = await em.countBy(VenuePhoto, { venueId: venue.id });
      if (count >= MAX_VENUE_PHOTOS) throw new ConflictError('tooManyPhotos', `a venue keeps at most ${MAX_VENUE_PHOTOS} photos; remove one first`);
      for (const { size, data } of processed.sizes) await files.put(em, `${key}-${size}.webp`, data, 'image/webp');
      const photo = await em.save(em.create(VenuePhoto, { venueId: venue.id, storageKey: key, width: processed.width, height: processed.height }));
      await this.audit.record(em, this.actor, { action: 'venue.photo', recordType: RECORD, recordId: venue.id, organizationId: venue.organizationId, changes: { photoId: [null, photo.id] } });
      return photo;
    });
  }

  async removePhoto(photoId: string): Promise<Venue> {
    requirePermission(this.actor, 'meeting:write');
    const numeric = parseId(photoId);
    const photo = numeric === null ? null : await this.db.manager.findOneBy(VenuePhoto, { id: numeric });
    if (!photo) throw new NotFoundError('VenuePhoto', photoId);
    const venue = await this.get(photo.venueId).catch(() => {
      throw new NotFoundError('VenuePhoto', photoId);
    });
    await this.db.write(async (em) => {
      await em.delete(VenuePhoto, { id: photo.id });
      if (this.files) for (const size of PHOTO_SIZES) await this.files.delete(em, `${photo.storageKey}-${size}.webp`);
      await this.audit.record(em, this.actor, { action: 'venue.photoRemove', recordType: RECORD, recordId: venue.id, organizationId: venue.organizationId, changes: { photoId: [photo.id, null] } });
    });
    return venue;
  }

  /** A photo's stored file, for a user who sees its venue; null otherwise. */
  async photoFile(photoId: number, size: string): Promise<Buffer | null> {
    const photo = await this.db.manager.findOneBy(VenuePhoto, { id: photoId });
    if (!photo || !this.files) return null;
    await this.get(photo.venueId);
    return (await this.files.get(`${photo.storageKey}-${size}.webp`))?.data ?? null;
  }

  checklist(standard: VenueStandard, manager: EntityManager = this.db.manager): Promise<ChecklistItem[]> {
    return checklistIn(manager, standard);
  }

  async checklistInForce(standard: VenueStandard): Promise<ChecklistItem[]> {
    requirePermission(this.actor, 'oversight:read');
    return this.checklist(standard);
  }

  async setChecklist(standard: VenueStandard, items: { code: string; label: string }[]): Promise<ChecklistItem[]> {
    requirePermission(this.actor, 'oversight:configure');
    const codes = items.map((i) => i.code.trim());
    if (!items.length) throw BadInputError.field('items', 'required', 'a checklist has at least one item');
    if (new Set(codes).size !== codes.length) throw BadInputError.field('items', 'duplicate', 'an item code is used twice');
    return this.db.write(async (em) => {
      const before = await this.checklist(standard, em);
      await em.delete(VenueChecklistItem, { standard });
      await em.insert(VenueChecklistItem, items.map((i, n) => ({ standard, code: i.code.trim(), label: i.label.trim(), sortOrder: n })));
      // Every venue of the standard is judged again against the new list.
      await markPassingVenues(em, standard);
      await this.audit.record(em, this.actor, { action: 'venue.checklist', recordType: 'VenueChecklist', recordId: standard, changes: { items: [before.map((i) => i.label), items.map((i) => i.label)] } });
      return this.checklist(standard, em);
    });
  }

  async create(args: CreateVenueArgs): Promise<Venue> {
    requirePermission(this.actor, 'meeting:write');
    return this.db.write(async (em) => {
      const org = await namedOrganization(em, this.actor, 'organizationId', args.organizationId);
      const passes = compliant(await this.checklist(args.standard, em), []).ok;
      const saved = await em.save(em.create(Venue, { organizationId: org.id, standard: args.standard, name: args.name.trim(), address: args.address?.trim() || null, areaSqm: args.areaSqm ?? null, checks: [], passes }));
      await this.audit.record(em, this.actor, { action: 'venue.create', recordType: RECORD, recordId: saved.id, organizationId: org.id, changes: diffChanges(null, saved, ['standard', 'name', 'address', 'areaSqm']) });
      return saved;
    });
  }

  /** Records an inspection: each item of the venue's checklist met or not. */
  async inspect(args: InspectVenueArgs): Promise<Venue> {
    requirePermission(this.actor, 'meeting:write');
    return this.db.write(async (em) => {
      const current = await this.venues.locked(em, args.id);
      expectVersion('venue', current, args.version);
      if (args.checkedOn > this.today()) throw BadInputError.field('checkedOn', 'future', 'the inspection day is in the future');
      // Read shared: a checklist being changed waits for this inspection, or it for the change.
      const items = await checklistIn(em, current.standard, true);
      const unknown = args.checks.map((c, i) => ({ c, i })).filter(({ c }) => !items.some((item) => item.code === c.code));
      if (unknown.length) throw new BadInputError(unknown.map(({ c, i }) => ({ field: `checks.${i}.code`, constraint: 'unknownItem', message: `"${c.code}" is not on the ${current.standard} checklist` })));
      const checks = args.checks.map((c) => ({ code: c.code, ok: c.ok, note: c.note?.trim() || null }));
      await writeVersioned(em, Venue, 'venue', current, { checks, checkedOn: args.checkedOn, passes: compliant(items, checks).ok }, true);
      const updated = await em.findOneByOrFail(Venue, { id: current.id });
      await this.audit.record(em, this.actor, { action: 'venue.inspect', recordType: RECORD, recordId: current.id, organizationId: current.organizationId, changes: { checkedOn: [current.checkedOn, args.checkedOn], met: [null, `${checks.filter((c) => c.ok).length}/${items.length}`] } });
      return updated;
    });
  }

  /**
   * Every party organization in scope (a full venue from 50 members, else the four haves) and
   * every member enterprise without a party organization (a union or youth room), with whether
   * a venue of theirs meets the standard and what is missing.
   */
  /**
   * How many units are held to a venue standard and how many meet it — the counts of
   * `compliance(null)` — reading only the venues and the members per keeping organization,
   * never a row per unit.
   */
  async summary(): Promise<{ units: number; compliant: number }> {
    requirePermission(this.actor, 'oversight:read');
    const m = this.db.manager;
    const scope = ReportSubtree.scope(this.actor);
    // Member enterprises without a party organization of their own: summed per parent as the writes happen (tallies.ts).
    const [enterprises] = await scope
      .restrictThrough(m.createQueryBuilder(ChamberTally, 'ct'), 'pa', 'pa.id = ct.chamberId')
      .select('SUM(ct.venueUnits)', 'units')
      .addSelect('SUM(ct.venueUnitsMet)', 'met')
      .andWhere('ct.enterprises > 0')
      .getRawMany<{ units: number | string | null; met: number | string | null }>();
    if (scope.whole) return this.wholeSummary(Number(enterprises?.units ?? 0), Number(enterprises?.met ?? 0));
    // Party organizations, each with its passing venues per standard they meet and the members kept in its subtree.
    const party = await scope
      .restrict(m.createQueryBuilder(Organization, 'o').innerJoin(OrganizationTally, 't', 't.organizationId = o.id'), 'o.path')
      .select('t.venuesFull', 'full')
      .addSelect('t.venuesFourHaves', 'fourHaves')
      .addSelect('t.keptInSubtree', 'members')
      .andWhere('o.kind IN (:...party) AND o.archivedAt IS NULL', { party: [...PARTY_KINDS] })
      .getRawMany<{ full: number | string; fourHaves: number | string; members: number | string }>();
    let met = Number(enterprises?.met ?? 0);
    let units = Number(enterprises?.units ?? 0) + party.length;
    // Its top organization, when that is an enterprise: its parent, and so its sums, lie outside.
    if (scope.rootPath) {
      const top = await this.complianceRows(scope, this.units(scope).andWhere('o.path = :top AND o.kind = :enterprise', { top: scope.rootPath, enterprise: OrganizationKind.ENTERPRISE }));
      units += top.length;
      met += top.filter((u) => u.compliant).length;
    }
    // A party organization with four-haves venues only meets its standard when it is too small to need a full one.
    const { fullVenueMinMembers } = await loadRules(m);
    met += party.filter((unit) => Number(unit.full) > 0 || (Number(unit.fourHaves) > 0 && Number(unit.members) < fullVenueMinMembers)).length;
    return { units, compliant: met };
  }

  /**
   * The whole country's party organizations against their venue standard, from the kept counts
   * (tallies.ts), without a row per party organization: all of them, those with a passing full
   * venue, and those with four-haves venues only whose subtree keeps fewer members than a full
   * venue is needed for — three counts of indexes.
   */
  private async wholeSummary(enterpriseUnits: number, enterprisesMet: number): Promise<{ units: number; compliant: number }> {
    const m = this.db.manager;
    const party = { party: [...PARTY_KINDS] };
    const { fullVenueMinMembers } = await loadRules(m);
    const passing = (venues: string) =>
      m
        .createQueryBuilder(OrganizationTally, 't')
        .innerJoin(Organization, 'o', 'o.id = t.organizationId')
        .where(`${venues} AND o.kind IN (:...party) AND o.archivedAt IS NULL`, { ...party, min: fullVenueMinMembers })
        .getCount();
    const [units, full, small] = await Promise.all([
      m.createQueryBuilder(Organization, 'o').where('o.kind IN (:...party) AND o.archivedAt IS NULL', party).getCount(),
      passing('t.venuesFull > 0'),
      passing('t.venuesFull = 0 AND t.venuesFourHaves > 0 AND t.keptInSubtree < :min'),
    ]);
    return { units: enterpriseUnits + units, compliant: enterprisesMet + full + small };
  }

  async compliance(within: string | null | undefined): Promise<VenueCompliance[]> {
    requirePermission(this.actor, 'oversight:read');
    const subtree = await ReportSubtree.of(this.db.manager, this.actor, within);
    return subtree ? this.complianceRows(subtree, this.units(subtree)) : [];
  }

  /**
   * A page of `compliance`, units short of their standard first (or only those), then by name.
   * Only a unit with a venue can meet its standard, so the units that do are worked out from the
   * venues (as `summary` does) and the database orders, counts and pages every unit around them;
   * the page's rows are computed as the whole list computes them.
   */
  async compliancePage(within: string | null | undefined, onlyShort: boolean, window: ReportWindow): Promise<ReportRows<VenueCompliance>> {
    requirePermission(this.actor, 'oversight:read');
    const subtree = await ReportSubtree.of(this.db.manager, this.actor, within);
    if (!subtree) return NO_ROWS;
    const withVenues = await this.complianceRows(subtree, this.units(subtree).andWhere('EXISTS (SELECT 1 FROM venue uv WHERE uv.organizationId = o.id)'));
    // Literal integers, not bound parameters: a province can have more compliant units than a
    // statement takes parameters.
    const met = withVenues.filter((u) => u.compliant).map((u) => u.organizationId);
    if (!met.every(Number.isSafeInteger)) throw new Error('unit ids are integers');
    const isMet = met.length ? `o.id IN (${met.join(', ')})` : '1 = 0';
    const units = this.units(subtree);
    if (onlyShort) units.andWhere(`NOT (${isMet})`);
    return pageOf(await rowCount(units), window, async ({ offset, limit }) => {
      const page = await units
        .select('o.id', 'id')
        .addSelect(`CASE WHEN ${isMet} THEN 1 ELSE 0 END`, 'met')
        .orderBy('met', 'ASC')
        .addOrderBy('o.namePinyin', 'ASC')
        .addOrderBy('o.id', 'ASC')
        .offset(offset)
        .limit(limit)
        .getRawMany<{ id: number | string }>();
      const ids = page.map((r) => Number(r.id));
      return inOrderOf(ids, await this.complianceRows(subtree, this.units(subtree).andWhere('o.id IN (:...ids)', { ids })), (u) => u.organizationId);
    });
  }

  /** The units held to a venue standard in the subtree: each party organization, and each member enterprise that hosts none. */
  private units(subtree: ReportSubtree): SelectQueryBuilder<Organization> {
    const party = [...PARTY_KINDS];
    return subtree
      .restrict(this.db.manager.createQueryBuilder(Organization, 'o'), 'o.path')
      .andWhere('o.archivedAt IS NULL')
      .andWhere(
        '(o.kind IN (:...party) OR (o.kind = :enterprise AND NOT EXISTS (SELECT 1 FROM organization h WHERE h.hostId = o.id AND h.kind IN (:...party) AND h.archivedAt IS NULL)))',
        { party, enterprise: OrganizationKind.ENTERPRISE },
      );
  }

  /** Each unit of `units`, by name: its required standard, whether a venue of it meets its checklist, and what is missing. */
  private async complianceRows(subtree: ReportSubtree, units: SelectQueryBuilder<Organization>): Promise<VenueCompliance[]> {
    const found = await units.orderBy('o.namePinyin', 'ASC').addOrderBy('o.id', 'ASC').getMany();
    if (!found.length) return [];
    const party = found.filter((o) => PARTY_KINDS.includes(o.kind));
    // Venues are read through the same scope as the units, so they need no list of ids.
    const venueQuery = subtree.restrict(this.db.manager.createQueryBuilder(Venue, 'v').innerJoin(Organization, 'vo', 'vo.id = v.organizationId'), 'vo.path');
    // A page's units: only their venues.
    if (found.length <= MAX_PER_PAGE) venueQuery.andWhere('v.organizationId IN (:...unitIds)', { unitIds: found.map((u) => u.id) });
    const venuesOf = new Map<number, Venue[]>();
    for (const v of await venueQuery.getMany()) {
      const list = venuesOf.get(v.organizationId) ?? [];
      list.push(v);
      venuesOf.set(v.organizationId, list);
    }
    // The members kept in each party unit's subtree, kept with the writes (tallies.ts).
    const membersAt = new Map<number, number>();
    if (party.length) {
      const tallies = subtree.restrict(this.db.manager.createQueryBuilder(OrganizationTally, 't').innerJoin(Organization, 'o', 'o.id = t.organizationId'), 'o.path').select('t.organizationId', 'id').addSelect('t.keptInSubtree', 'members');
      if (party.length <= MAX_PER_PAGE) tallies.andWhere('t.organizationId IN (:...partyIds)', { partyIds: party.map((u) => u.id) });
      else tallies.andWhere('o.kind IN (:...party)', { party: [...PARTY_KINDS] });
      for (const r of await tallies.getRawMany<{ id: number | string; members: number | string }>()) membersAt.set(Number(r.id), Number(r.members));
    }
    const { fullVenueMinMembers } = await loadRules(this.db.manager);
    const lists = new Map<VenueStandard, ChecklistItem[]>();
    for (const standard of Object.values(VenueStandard)) lists.set(standard, await this.checklist(standard));
    return found.map((u) => {
      const isParty = PARTY_KINDS.includes(u.kind);
      const members = isParty ? (membersAt.get(u.id) ?? 0) : 0;
      const required = !isParty ? VenueStandard.MASS_ROOM : members >= fullVenueMinMembers ? VenueStandard.FULL : VenueStandard.FOUR_HAVES;
      const candidates = (venuesOf.get(u.id) ?? [])
        .filter((v) => satisfies(v.standard, required))
        // A venue is judged against its own standard's checklist; a full venue that meets it meets the four haves too.
        .map((v) => ({ v, result: compliant(lists.get(v.standard)!, v.checks) }))
        .sort((a, b) => a.result.missing.length - b.result.missing.length);
      const best = candidates[0];
      return {
        organizationId: u.id,
        organizationName: u.name,
        kind: u.kind,
        members,
        requiredStandard: required,
        compliant: best?.result.ok ?? false,
        venueId: best?.v.id ?? null,
        missing: best ? best.result.missing : lists.get(required)!.map((i) => i.label),
      };
    });
  }
}

/** A standard's checklist in force: the database's list, else the default. `shared`: as `requirementsIn` reads the meeting requirements. */
async function checklistIn(manager: EntityManager, standard: VenueStandard, shared = false): Promise<ChecklistItem[]> {
  const query = manager.createQueryBuilder(VenueChecklistItem, 'i').select('i.code', 'code').addSelect('i.label', 'label').where('i.standard = :standard', { standard }).orderBy('i.sortOrder', 'ASC').addOrderBy('i.id', 'ASC');
  const rows: ChecklistItem[] = shared ? await readShared(manager, query) : await query.getRawMany();
  return rows.length ? rows.map((r) => ({ code: r.code, label: r.label })) : DEFAULT_CHECKLISTS[standard];
}

/** Venues judged at once when their checklist changes. */
const JUDGED_AT_ONCE = 1000;

/**
 * Judges again whether each venue of a standard (or of every standard) passes its checklist in
 * force (`Venue.passes`): after the checklist changed, or venues were written in bulk. The tallies'
 * triggers follow the flags (tallies.ts).
 */
export async function markPassingVenues(em: EntityManager, standard: VenueStandard | null): Promise<void> {
  for (const s of standard ? [standard] : Object.values(VenueStandard)) {
    const items = await checklistIn(em, s);
    for (let after = 0; ; ) {
      // Locked: an inspection under way is judged after it commits, on its checks.
      const venues = await forUpdate(em.createQueryBuilder(Venue, 'v').select(['v.id', 'v.checks', 'v.passes']).where('v.standard = :s AND v.id > :after', { s, after }).orderBy('v.id').limit(JUDGED_AT_ONCE)).getMany();
      if (!venues.length) break;
      after = venues[venues.length - 1].id;
      for (const passes of [true, false]) {
        const ids = venues.filter((v) => Boolean(v.passes) !== passes && compliant(items, v.checks).ok === passes).map((v) => v.id);
        // A judgement, not an edit: the venue's version and time of change stay.
        if (ids.length) await em.createQueryBuilder().update(Venue).set({ passes, version: () => 'version', updatedAt: () => 'updatedAt' }).where('id IN (:...ids)', { ids }).execute();
      }
    }
  }
}
