import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OrganizationKind, Organization } from '../organizations';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Names } from '../db/references';

export enum VenueStandard {
  FOUR_HAVES = 'FOUR_HAVES',
  FULL = 'FULL',
  MASS_ROOM = 'MASS_ROOM',
}
registerEnumType(VenueStandard, {
  name: 'VenueStandard',
  valuesConfig: {
    FOUR_HAVES: { description: '“四有”标准: small party organizations' },
    FULL: { description: '标准化活动场所: large party organizations' },
    MASS_ROOM: { description: '工会或青年活动室: enterprises without a party organization' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'One item of a venue checklist and whether the venue meets it' })
export class VenueCheck {
  @Field()
  code: string;

  @Field()
  ok: boolean;

  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'An activity venue (党群活动场所) and its last inspection against its standard' })
@Entity('venue')
@Index('IDX_venue_org', ['organizationId'])
export class Venue {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { description: 'The chamber, enterprise or party organization the venue serves' })
  @Column({ type: 'int' })
  @Names(() => Organization, 'venues')
  organizationId: number;

  @Field(() => VenueStandard)
  @Column({ type: 'simple-enum', enum: VenueStandard })
  standard: VenueStandard;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  address: string | null;

  @Field(() => Int, { nullable: true, description: 'Floor area in square metres' })
  @Column({ type: 'int', nullable: true })
  areaSqm: number | null;

  @Field(() => String, { nullable: true, description: 'Day of the last inspection' })
  @Column({ type: 'date', nullable: true })
  checkedOn: string | null;

  @Field(() => [VenueCheck])
  @Column({ type: 'simple-json' })
  checks: VenueCheck[];

  /** Whether the checks meet every item of its standard's checklist in force: kept by the inspections and checklist changes (venue.service.ts). */
  @Column({ type: 'boolean', default: false })
  passes: boolean;

  @Field(() => Int)
  @VersionColumn()
  version: number;

  @Field()
  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'datetime', precision: 6 })
  updatedAt: Date;
}

@ObjectType({ simpleResolvers: true, description: 'An item of a venue standard\'s checklist' })
@Entity('venue_checklist_item')
@Index('IDX_checklist_unique', ['standard', 'code'], { unique: true })
export class VenueChecklistItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => VenueStandard)
  @Column({ type: 'simple-enum', enum: VenueStandard })
  standard: VenueStandard;

  @Field()
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  label: string;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  sortOrder: number;
}

@ObjectType({ simpleResolvers: true, description: 'A photo taken as evidence of a venue (the room, its sign, the rules on the wall …), resized and stripped of metadata' })
@Entity('venue_photo')
@Index('IDX_venue_photo_venue', ['venueId'])
export class VenuePhoto {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  venueId: number;

  /** The stored files are `<storageKey>-1200.webp` and `<storageKey>-400.webp`. */
  @Column({ type: 'varchar', length: 60 })
  storageKey: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  width: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  height: number;

  @Field()
  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt: Date;

  @Field({ description: 'The photo, 1200 px on its longer side, for those who see the venue' })
  get url(): string {
    return `/venue-photos/${this.id}/1200.webp`;
  }

  @Field()
  get thumbnailUrl(): string {
    return `/venue-photos/${this.id}/400.webp`;
  }
}

@ObjectType({ simpleResolvers: true, description: 'Whether an organization has the venue its standard asks for' })
export class VenueCompliance {
  @Field(() => ID)
  organizationId: number;

  @Field()
  organizationName: string;

  @Field(() => OrganizationKind)
  kind: OrganizationKind;

  @Field(() => Int, { description: 'Full and probationary members kept in its subtree (party organizations)' })
  members: number;

  @Field(() => VenueStandard, { description: 'A full venue from 50 members, else the "four haves"; an enterprise without a party organization a union or youth room' })
  requiredStandard: VenueStandard;

  @Field()
  compliant: boolean;

  @Field(() => ID, { nullable: true, description: 'The venue that meets it, or the closest one' })
  venueId: number | null;

  @Field(() => [String], { description: 'Checklist items not met' })
  missing: string[];
}
