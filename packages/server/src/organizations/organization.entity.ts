import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Names } from '../db/references';

export enum OrganizationKind {
  AGENCY = 'AGENCY',
  COORDINATION_GROUP = 'COORDINATION_GROUP',
  CHAMBER = 'CHAMBER',
  ENTERPRISE = 'ENTERPRISE',
  PARTY_COMMITTEE = 'PARTY_COMMITTEE',
  GENERAL_BRANCH = 'GENERAL_BRANCH',
  BRANCH = 'BRANCH',
  JOINT_BRANCH = 'JOINT_BRANCH',
  UNION = 'UNION',
  WOMEN_FEDERATION = 'WOMEN_FEDERATION',
  YOUTH_LEAGUE = 'YOUTH_LEAGUE',
}

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'What an organization is',
  valuesConfig: {
    AGENCY: { description: '主管单位, e.g. 省商务厅' },
    COORDINATION_GROUP: { description: '异地商会组织党建工作协调小组' },
    CHAMBER: { description: '异地商会 (out-of-province chamber of commerce)' },
    ENTERPRISE: { description: '会员企业 (member enterprise)' },
    PARTY_COMMITTEE: { description: '党委' },
    GENERAL_BRANCH: { description: '党总支' },
    BRANCH: { description: '党支部' },
    JOINT_BRANCH: { description: '联合党支部 (hosts up to 5 enterprises)' },
    UNION: { description: '工会' },
    WOMEN_FEDERATION: { description: '妇联' },
    YOUTH_LEAGUE: { description: '共青团' },
  },
});

export enum OrganizationStatus {
  NORMAL = 'NORMAL',
  WEAK_LAX = 'WEAK_LAX',
}

registerEnumType(OrganizationStatus, {
  name: 'OrganizationStatus',
  valuesConfig: {
    NORMAL: { description: '正常' },
    WEAK_LAX: { description: '软弱涣散: needs a rectification case' },
  },
});

export const PARTY_KINDS: readonly OrganizationKind[] = [
  OrganizationKind.PARTY_COMMITTEE,
  OrganizationKind.GENERAL_BRANCH,
  OrganizationKind.BRANCH,
  OrganizationKind.JOINT_BRANCH,
];

export const MASS_KINDS: readonly OrganizationKind[] = [
  OrganizationKind.UNION,
  OrganizationKind.WOMEN_FEDERATION,
  OrganizationKind.YOUTH_LEAGUE,
];

@ObjectType({ simpleResolvers: true, description: 'An organization in the one tree: agency, chamber, enterprise, party or mass organization' })
@Entity('organization')
@Index('IDX_organization_parent_kind', ['parentId', 'kind'])
@Index('IDX_organization_parent_name', ['parentId', 'name'], { unique: true })
@Index('IDX_organization_host', ['hostId'])
@Index('IDX_organization_kind_pinyin', ['kind', 'namePinyin'])
@Index('IDX_organization_pinyin', ['namePinyin'])
// The default list (active organizations by name) reads its page of ids from this index alone.
@Index('IDX_organization_archived_pinyin', ['archivedAt', 'namePinyin'])
@Index('IDX_organization_path', ['path'])
@Index('IDX_organization_kind_path', ['kind', 'path'])
@Index('IDX_organization_initials', ['nameInitials'])
// The terms overdue and due soon among the active organizations: a range of this index, not a
// walk of every active one (the archived index above would otherwise be read).
@Index('IDX_organization_archived_term', ['archivedAt', 'termEndsOn'])
// The active organizations of a kind, counted from the index alone, in the whole tree or a
// subtree's range of paths (the party organizations on the home page).
@Index('IDX_organization_kind_archived_path', ['kind', 'archivedAt', 'path'])
export class Organization {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => OrganizationKind)
  @Column({ type: 'simple-enum', enum: OrganizationKind })
  kind: OrganizationKind;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => String, { nullable: true, description: 'Short name shown in tight places, e.g. 湖南商会' })
  @Column({ type: 'varchar', length: 40, nullable: true })
  shortName: string | null;

  @Field({ description: 'Name in pinyin, the key of pinyin ordering' })
  @Column({ type: 'varchar', length: 400 })
  namePinyin: string;

  @Column({ type: 'varchar', length: 100 })
  nameInitials: string;

  @Field(() => ID, { nullable: true, description: 'The organization above in the line of leadership' })
  @Column({ type: 'int', nullable: true })
  @Names(() => Organization, 'organizations')
  parentId: number | null;

  @Field(() => ID, { nullable: true, description: 'The chamber or enterprise this organization sits in' })
  @Column({ type: 'int', nullable: true })
  @Names(() => Organization, 'organizations')
  hostId: number | null;

  /** Ids from the root down to this row, e.g. `/1/5/23/`; a subtree is a prefix range. */
  @Column({ type: 'varchar', length: 255 })
  path: string;

  @Field(() => Int, { description: 'Distance from the root (0 for a root)' })
  @Column({ type: 'int' })
  depth: number;

  @Field(() => OrganizationStatus)
  @Column({ type: 'simple-enum', enum: OrganizationStatus, default: OrganizationStatus.NORMAL })
  status: OrganizationStatus;

  @Field(() => String, { nullable: true, description: 'Unified social credit code (GB 32100)' })
  @Column({ type: 'varchar', length: 18, nullable: true, unique: true })
  creditCode: string | null;

  @Field(() => String, { nullable: true, description: 'For chambers: the province its members come from' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  originProvince: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 50, nullable: true })
  industry: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  employeeCount: number | null;

  @Field(() => String, { nullable: true, description: 'Founding date, YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  foundedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Party organizations: the day the present term (届) began' })
  @Column({ type: 'date', nullable: true })
  termStartedOn: string | null;

  @Field(() => String, { nullable: true, description: 'The day the present term ends: its start plus the term years of the kind (5 for a committee, 3 for a branch)' })
  @Index('IDX_organization_term_ends')
  @Column({ type: 'date', nullable: true })
  termEndsOn: string | null;

  /** From this day the term is due soon: its end less the months of notice; kept with the end. */
  @Column({ type: 'date', nullable: true })
  termDueSoonOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 30, nullable: true })
  phone: string | null;

  @Field(() => Date, { nullable: true, description: 'Set while archived; archived organizations leave the default lists' })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  archivedAt: Date | null;

  @Field(() => Int, { description: 'Send it back with updates; a stale version is a CONFLICT' })
  @VersionColumn()
  version: number;

  @Field()
  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'datetime', precision: 6 })
  updatedAt: Date;
}

/** Where a party organization's term stands on a day. */
export enum TermState {
  NONE = 'NONE',
  CURRENT = 'CURRENT',
  DUE_SOON = 'DUE_SOON',
  OVERDUE = 'OVERDUE',
}
registerEnumType(TermState, {
  name: 'TermState',
  valuesConfig: {
    NONE: { description: 'No term recorded (or not a party organization)' },
    CURRENT: { description: '任期内' },
    DUE_SOON: { description: '即将到期: within the months of notice before the end' },
    OVERDUE: { description: '逾期未换届: the end has come' },
  },
});

/** The state of a term on a day, from its stored end and due-soon day. */
export function termStateOn(org: Pick<Organization, 'termEndsOn' | 'termDueSoonOn'>, today: string): TermState {
  if (!org.termEndsOn) return TermState.NONE;
  if (today >= org.termEndsOn) return TermState.OVERDUE;
  if (org.termDueSoonOn && today >= org.termDueSoonOn) return TermState.DUE_SOON;
  return TermState.CURRENT;
}

