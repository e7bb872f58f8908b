import { DataSource } from 'typeorm';
import { applyConditions, Conditions } from './conditions';
import { Organization } from '../organizations/organization.entity';
import { entities } from '../root/entities';

describe('conditions on a query builder', () => {
  const dataSource = new DataSource({ type: 'better-sqlite3', database: ':memory:', entities });
  beforeAll(() => dataSource.initialize());
  afterAll(() => dataSource.destroy());

  it('gives every placeholder its own value, also when conditions are applied twice to one builder', () => {
    const qb = dataSource.manager.createQueryBuilder(Organization, 'o');
    applyConditions(qb, new Conditions().add('o.kind = ?', 'CHAMBER').add(`o.id IN (${Conditions.placeholders(2)})`, 7, 8));
    applyConditions(qb, new Conditions().add('o.status = ?', 'NORMAL'));
    const [sql, params] = qb.getQueryAndParameters();
    // TypeORM writes numbers into the text; the other values stay parameters, each in its place.
    expect(sql).toContain('WHERE "o"."kind" = ? AND "o"."id" IN (7, 8) AND "o"."status" = ?');
    expect(params).toEqual(['CHAMBER', 'NORMAL']);
  });
});
