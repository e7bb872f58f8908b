import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Per organization, the facts the home page's coverage and venue figures are made of, kept by the
 * database's triggers on people, organizations, joint-branch links and venues (tallies.ts).
 */
@Entity('organization_tally')
// The organizations with a passing full venue, and those with four-haves venues only and small
// enough for them: the home page's party units, counted from the index.
@Index('IDX_organization_tally_venues', ['venuesFull', 'venuesFourHaves', 'keptInSubtree'])
export class OrganizationTally {
  @PrimaryColumn({ type: 'int' })
  organizationId: number;

  /** Seated members (full or probationary, not archived) employed there. */
  @Column({ type: 'int', default: 0 })
  members: number;

  /** Of them, those kept by a party organization (not archived). */
  @Column({ type: 'int', default: 0 })
  inParty: number;

  /** People there (not archived) holding the liaison's post. */
  @Column({ type: 'int', default: 0 })
  liaisons: number;

  /** Party organizations (not archived) it hosts. */
  @Column({ type: 'int', default: 0 })
  ownOrganizations: number;

  /** Joint branches that take it in. */
  @Column({ type: 'int', default: 0 })
  jointBranches: number;

  /** Seated members (not archived) whose relation it keeps. */
  @Column({ type: 'int', default: 0 })
  kept: number;

  /**
   * For a party organization (of a party kind, archived or not): the seated members kept anywhere
   * in its subtree, itself included — what decides whether it needs a full venue. 0 for other kinds.
   */
  @Column({ type: 'int', default: 0 })
  keptInSubtree: number;

  /** Its venues that pass their checklist and meet each standard (venue.rules.ts, `satisfies`). */
  @Column({ type: 'int', default: 0 })
  venuesMassRoom: number;

  @Column({ type: 'int', default: 0 })
  venuesFourHaves: number;

  @Column({ type: 'int', default: 0 })
  venuesFull: number;
}

/**
 * Per organization as a parent, its member enterprises (not archived): how many have members,
 * are covered by organization and by work, are held to a venue standard (no party organization
 * of their own) and meet it — the home page's sums.
 */
@Entity('chamber_tally')
// The parents that have member enterprises, without reading a row per organization.
@Index('IDX_chamber_tally_enterprises', ['enterprises'])
export class ChamberTally {
  @PrimaryColumn({ type: 'int' })
  chamberId: number;

  @Column({ type: 'int', default: 0 })
  enterprises: number;

  @Column({ type: 'int', default: 0 })
  withMembers: number;

  @Column({ type: 'int', default: 0 })
  organizationCovered: number;

  @Column({ type: 'int', default: 0 })
  workCovered: number;

  @Column({ type: 'int', default: 0 })
  venueUnits: number;

  @Column({ type: 'int', default: 0 })
  venueUnitsMet: number;
}
