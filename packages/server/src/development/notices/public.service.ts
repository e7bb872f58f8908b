import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { In } from 'typeorm';
import { IsInt, Max, Min } from 'class-validator';
import { MAX_PER_PAGE } from '../../common/list';
import type { Database } from '../../db/database';
import { CaseStage, DevelopmentCase } from '../cases/case.entity';
import { Organization } from '../../organizations';
import { Person } from '../../people';
import { DayType, NoticeCase, NoticePhase, NoticeStage, noticePhase, type PublicNotice } from './notice.entity';

export { NoticePhase };

@ObjectType({ simpleResolvers: true, description: 'Someone a published notice names: what the public is asked to comment on, nothing more' })
export class NoticeCandidate {
  @Field(() => ID, { description: 'The case, for filing a report about this person' })
  caseId: number;

  @Field()
  name: string;

  @Field(() => CaseStage)
  stage: CaseStage;

  @Field(() => String, { nullable: true })
  employerName: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A published notice as the public reads it' })
export class PublishedNotice {
  @Field(() => ID)
  id: number;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  body: string | null;

  @Field(() => NoticeStage)
  stage: NoticeStage;

  @Field({ description: 'The organization posting the notice' })
  organizationName: string;

  @Field()
  startsOn: string;

  @Field()
  endsOn: string;

  @Field(() => Int)
  lengthDays: number;

  @Field(() => DayType)
  dayType: DayType;

  @Field()
  hotline: string;

  @Field()
  suggestionBox: string;

  @Field(() => NoticePhase)
  phase: NoticePhase;

  @Field({ description: 'Posted on paper (the chamber\'s board) and recorded here after the fact' })
  postedOnPaper: boolean;

  @Field(() => String, { nullable: true, description: 'For an exemplar\'s notice (stage EXEMPLAR): the person or organization it presents' })
  exemplarSubject: string | null;

  @Field(() => [NoticeCandidate])
  candidates: NoticeCandidate[];
}

@ObjectType({ simpleResolvers: true, description: 'What a reporter keeps: the receipt number to quote when calling the hotline' })
export class ReportReceipt {
  @Field()
  reference: string;

  @Field()
  receivedOn: string;
}

@ArgsType()
export class PublishedNoticeListArgs {
  @Field(() => Int, { nullable: true })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  page?: number | null;

  @Field(() => Int, { nullable: true })
  @IsInt()
  @Min(1)
  @Max(MAX_PER_PAGE)
  perPage?: number | null;
}

/** The same rule as the coordinators' notice state (`noticePhase`). */
export const phaseOf = noticePhase;

/** Published notices with only their public fields, names and employers of the people they cover included. */
export async function publicViews(db: Database, notices: PublicNotice[], today: string): Promise<PublishedNotice[]> {
  if (notices.length === 0) return [];
  const links = await db.manager.find(NoticeCase, { where: { noticeId: In(notices.map((n) => n.id)) }, order: { caseId: 'ASC' } });
  const cases = links.length ? await db.manager.findBy(DevelopmentCase, { id: In(links.map((l) => l.caseId)) }) : [];
  const people = cases.length ? await db.manager.find(Person, { where: { id: In(cases.map((c) => c.personId)) }, select: { id: true, name: true, employerId: true } }) : [];
  // An exemplar's notice presents its profile's person or organization (read by table: the exemplars module builds on this one).
  const exemplarIds = notices.map((n) => n.exemplarId).filter((id): id is number => id !== null);
  const exemplars: { id: number | string; personId: number | string | null; subjectOrganizationId: number | string | null }[] = exemplarIds.length
    ? await db.manager.query(`SELECT id, personId, subjectOrganizationId FROM exemplar WHERE id IN (${exemplarIds.map(() => '?').join(', ')})`, exemplarIds)
    : [];
  const subjectPeople = exemplars.some((e) => e.personId !== null)
    ? await db.manager.find(Person, { where: { id: In(exemplars.filter((e) => e.personId !== null).map((e) => Number(e.personId))) }, select: { id: true, name: true } })
    : [];
  const orgIds = [
    ...new Set([
      ...notices.map((n) => n.organizationId),
      ...people.map((p) => p.employerId).filter((id): id is number => id !== null),
      ...exemplars.filter((e) => e.subjectOrganizationId !== null).map((e) => Number(e.subjectOrganizationId)),
    ]),
  ];
  const orgs = await db.manager.find(Organization, { where: { id: In(orgIds) }, select: { id: true, name: true } });
  const caseById = new Map(cases.map((c) => [c.id, c]));
  const personById = new Map(people.map((p) => [p.id, p]));
  const orgName = new Map(orgs.map((o) => [o.id, o.name]));
  const subjectName = new Map(subjectPeople.map((p) => [p.id, p.name]));
  const exemplarSubject = new Map(
    exemplars.map((e) => [Number(e.id), e.personId !== null ? (subjectName.get(Number(e.personId)) ?? null) : (orgName.get(Number(e.subjectOrganizationId)) ?? null)]),
  );
  return notices.map((n) => ({
    id: n.id,
    title: n.title,
    body: n.body,
    stage: n.stage,
    organizationName: orgName.get(n.organizationId) ?? '',
    startsOn: n.startsOn,
    endsOn: n.endsOn,
    lengthDays: n.lengthDays,
    dayType: n.dayType,
    hotline: n.hotline,
    suggestionBox: n.suggestionBox,
    phase: phaseOf(n, today),
    postedOnPaper: n.postedOnPaper,
    exemplarSubject: n.exemplarId !== null ? (exemplarSubject.get(n.exemplarId) ?? null) : null,
    candidates: links
      .filter((l) => l.noticeId === n.id)
      .map((l) => {
        const c = caseById.get(l.caseId)!;
        const person = personById.get(c.personId);
        return { caseId: c.id, name: person?.name ?? '', stage: c.stage, employerName: person?.employerId ? (orgName.get(person.employerId) ?? null) : null };
      }),
  }));
}
