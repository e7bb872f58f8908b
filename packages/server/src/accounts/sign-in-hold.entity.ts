import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A username slowed or blocked at an address, until its failures there are forgotten: what an
 * administrator's unlock lifts, on every server (docs/api.md, "Signing in"). The name is kept
 * as its hash, as the counters keep it.
 */
@Entity('sign_in_hold')
@Index('IDX_sign_in_hold_until', ['until'])
export class SignInHold {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  nameHash: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  address: string;

  @Column({ type: 'datetime', precision: 6 })
  until: Date;
}
