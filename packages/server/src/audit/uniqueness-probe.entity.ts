import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A write refused because one of its values is already recorded on a record the caller may
 * not read (a sealed national id, a credit code outside the caller's scope). Each row charges
 * the account for every candidate value the refused request carried, since the refusal said
 * something about each of them; the charges of the last day make the account's budget
 * (docs/api.md, "Uniqueness without an oracle").
 */
@Entity('uniqueness_probe')
@Index('IDX_uniqueness_probe_user', ['userId', 'at'])
export class UniquenessProbe {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  userId: number;

  @Column({ type: 'datetime', precision: 6 })
  at: Date;

  /** The field whose values were tested, e.g. `nationalId`, `creditCode`. */
  @Column({ type: 'varchar', length: 30 })
  field: string;

  /** How many candidate values of that field the refused request carried. */
  @Column({ type: 'int' })
  candidates: number;
}
