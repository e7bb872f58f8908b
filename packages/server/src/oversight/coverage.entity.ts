import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Per organization, the facts that decide whether it is covered as a member enterprise, kept by
 * the database's triggers on people, organizations and joint-branch links (coverage.tally.ts).
 */
@Entity('enterprise_coverage')
export class CoverageFacts {
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
}

/** Per organization as a parent, its member enterprises (not archived) and how many are covered: the home page's sums. */
@Entity('chamber_coverage')
// The parents that have member enterprises, without reading a row per organization.
@Index('IDX_chamber_coverage_enterprises', ['enterprises'])
export class ChamberCoverage {
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
}
