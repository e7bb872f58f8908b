import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row: a counter every change that ends or changes a credential moves, in its own
 * transaction. Each server reads it at most once a second and forgets the credentials it
 * keeps when it moved (accounts/credential-cache.ts; docs/api.md, "Signing in").
 */
@Entity('credential_epoch')
export class CredentialEpoch {
  @PrimaryColumn({ type: 'int' })
  id: number;

  @Column({ type: 'int' })
  value: number;
}
