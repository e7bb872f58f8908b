import { In, type SelectQueryBuilder } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { MAX_PER_PAGE, parseId } from '../common/list';
import type { Database } from '../db/database';
import { Organization, OrganizationKind } from '../organizations';
import { ancestorIds } from '../kernel/paths';
import { Person } from '../people';
import { Exemplar, ExemplarCategory, ExemplarRevision, PublicityItem } from './exemplar.entity';
import { applyScope, within } from '../access/scope';

@ObjectType({ simpleResolvers: true, description: 'A published exemplar as the public sees it: the published snapshot\'s public fields, nothing else' })
export class PublishedExemplar {
  @Field(() => ID)
  id: number;

  @Field(() => ExemplarCategory)
  category: ExemplarCategory;

  @Field()
  title: string;

  @Field({ description: 'Who is held up: the person\'s or the organization\'s name' })
  name: string;

  @Field(() => String, { nullable: true, description: 'The chamber the exemplar belongs to' })
  chamberName: string | null;

  @Field()
  citation: string;

  @Field({ description: 'Sanitized HTML' })
  story: string;

  @Field(() => [String])
  awards: string[];

  @Field(() => [PublicityItem])
  publicity: PublicityItem[];

  @Field(() => String, { nullable: true, description: 'Address of the photo (web size), when there is one' })
  photoUrl: string | null;

  @Field(() => String, { nullable: true })
  thumbnailUrl: string | null;

  @Field()
  publishedOn: string;
}

@ObjectType({ simpleResolvers: true })
export class PublicChamber {
  @Field(() => ID)
  id: number;

  @Field()
  name: string;
}

/** Profiles the public may see: published and not withdrawn. */
export function publishedQuery(db: Database): SelectQueryBuilder<Exemplar> {
  return db.manager
    .createQueryBuilder(Exemplar, 'e')
    .innerJoin(ExemplarRevision, 'p', 'p.id = e.publishedRevisionId')
    .innerJoin(Organization, 'eo', 'eo.id = e.ownerOrganizationId')
    .where('e.withdrawnAt IS NULL');
}

export async function listPublished(db: Database, args: { category?: ExemplarCategory | null; chamberId?: string | null; page?: number | null; perPage?: number | null }) {
  const qb = publishedQuery(db);
  if (args.category) qb.andWhere('p.category = :category', { category: args.category });
  if (args.chamberId) {
    const chamber = await db.manager.findOneBy(Organization, { id: parseId(args.chamberId) ?? -1, kind: OrganizationKind.CHAMBER });
    if (chamber) applyScope(qb, within('eo.path', chamber.path));
    else qb.andWhere('1 = 0');
  }
  const perPage = Math.min(Math.max(args.perPage ?? 24, 1), MAX_PER_PAGE);
  const page = Math.max(args.page ?? 0, 0);
  const total = await qb.getCount();
  const rows = await qb.orderBy('p.updatedAt', 'DESC').addOrderBy('e.id', 'DESC').offset(page * perPage).limit(perPage).getMany();
  return { rows, total };
}

/** The public view of published profiles, built from their published revisions only. */
export async function publicViews(db: Database, exemplars: Exemplar[]): Promise<PublishedExemplar[]> {
  if (exemplars.length === 0) return [];
  const revisions = await db.manager.findBy(ExemplarRevision, { id: In(exemplars.map((e) => e.publishedRevisionId!)) });
  const people = await db.manager.find(Person, { where: { id: In(exemplars.map((e) => e.personId ?? -1)) }, select: { id: true, name: true } });
  const owners = await db.manager.findBy(Organization, { id: In(exemplars.map((e) => e.ownerOrganizationId)) });
  const chamberIds = owners.flatMap((o) => [o.id, ...ancestorIds(o.path)]);
  const orgs = await db.manager.find(Organization, { where: { id: In([...new Set([...chamberIds, ...exemplars.map((e) => e.subjectOrganizationId ?? -1)])]) }, select: { id: true, name: true, kind: true, path: true } });
  const byId = new Map(orgs.map((o) => [o.id, o]));
  return exemplars.map((e) => {
    const r = revisions.find((x) => x.id === e.publishedRevisionId)!;
    const owner = owners.find((o) => o.id === e.ownerOrganizationId)!;
    const chamber = [owner.id, ...ancestorIds(owner.path)].map((id) => byId.get(id)).find((o) => o?.kind === OrganizationKind.CHAMBER);
    return {
      id: e.id,
      category: r.category,
      title: r.title,
      name: e.personId ? (people.find((p) => p.id === e.personId)?.name ?? '') : (byId.get(e.subjectOrganizationId!)?.name ?? ''),
      chamberName: chamber?.name ?? null,
      citation: r.citation,
      story: r.story,
      awards: r.awards,
      publicity: r.publicity,
      photoUrl: r.photoId ? `/photos/${r.photoId}/1200.webp` : null,
      thumbnailUrl: r.photoId ? `/photos/${r.photoId}/400.webp` : null,
      publishedOn: r.updatedAt.toISOString().slice(0, 10),
    };
  });
}

/** Chambers with published exemplars, for the showcase's filter. */
export async function chambersWithExemplars(db: Database): Promise<PublicChamber[]> {
  const owners: { path: string }[] = await publishedQuery(db).select('eo.path', 'path').getRawMany();
  const ids = [...new Set(owners.flatMap((o) => ancestorIds(o.path).concat(ancestorIds(`${o.path}0/`))))];
  if (!ids.length) return [];
  const chambers = await db.manager.find(Organization, { where: { id: In(ids), kind: OrganizationKind.CHAMBER }, order: { namePinyin: 'ASC' } });
  return chambers.map((c) => ({ id: c.id, name: c.name }));
}
