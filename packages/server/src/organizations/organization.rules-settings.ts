import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { requirePermission } from '../access/scope';
import { AuditService } from '../audit/audit.service';
import type { Database } from '../db/database';
import { BadInputError } from '../kernel/errors';

/** The party's rules on organizations, as numbers the administrators may change (docs/api.md "Terms, joint branches and the rules in force"). */
export interface RuleValues {
  /** Full members a unit needs to form its own branch; fewer → a joint branch. */
  branchMinFullMembers: number;
  /** More members than this → may form a general branch. */
  generalBranchAboveMembers: number;
  /** This many members or more → may apply for a party committee. */
  committeeMinMembers: number;
  /** Enterprises one joint branch may take in. */
  jointBranchMaxEnterprises: number;
  /** Years of a party committee's term (届). */
  committeeTermYears: number;
  /** Years of a general branch's or a branch's term. */
  branchTermYears: number;
  /** Months before a term ends that it is due soon. */
  termDueSoonMonths: number;
  /** Members from which a party organization needs a full venue rather than the four haves. */
  fullVenueMinMembers: number;
}

export const DEFAULT_RULES: RuleValues = {
  branchMinFullMembers: 3,
  generalBranchAboveMembers: 50,
  committeeMinMembers: 100,
  jointBranchMaxEnterprises: 5,
  committeeTermYears: 5,
  branchTermYears: 3,
  termDueSoonMonths: 6,
  fullVenueMinMembers: 50,
};

const RULE_KEYS = Object.keys(DEFAULT_RULES) as (keyof RuleValues)[];

/** One changed rule; a rule without a row has its default. */
@Entity('rule_setting')
export class RuleSetting {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  name: string;

  @Column({ type: 'int' })
  value: number;
}

@ObjectType({ simpleResolvers: true, description: 'The rules on organizations in force: thresholds, term lengths and limits' })
export class OrganizationRules implements RuleValues {
  @Field(() => Int, { description: 'Full members a unit needs for its own branch; fewer → a joint branch' })
  branchMinFullMembers: number;

  @Field(() => Int, { description: 'More members than this → may form a general branch' })
  generalBranchAboveMembers: number;

  @Field(() => Int, { description: 'This many members or more → may apply for a party committee' })
  committeeMinMembers: number;

  @Field(() => Int, { description: 'Enterprises one joint branch may take in' })
  jointBranchMaxEnterprises: number;

  @Field(() => Int, { description: 'Years of a party committee\'s term' })
  committeeTermYears: number;

  @Field(() => Int, { description: 'Years of a general branch\'s or a branch\'s term' })
  branchTermYears: number;

  @Field(() => Int, { description: 'Months before its end that a term is due soon' })
  termDueSoonMonths: number;

  @Field(() => Int, { description: 'Members from which a party organization needs a full venue' })
  fullVenueMinMembers: number;
}

@ArgsType()
export class SetOrganizationRulesArgs implements Partial<RuleValues> {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  branchMinFullMembers?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  generalBranchAboveMembers?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  committeeMinMembers?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(2)
  @Max(100)
  jointBranchMaxEnterprises?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  committeeTermYears?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  branchTermYears?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(24)
  termDueSoonMonths?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  fullVenueMinMembers?: number;
}

/** The rules in force: the stored ones over the defaults. */
export async function loadRules(em: EntityManager): Promise<RuleValues> {
  const rows = await em.find(RuleSetting);
  const stored = new Map(rows.map((r) => [r.name, r.value]));
  return Object.fromEntries(RULE_KEYS.map((k) => [k, stored.get(k) ?? DEFAULT_RULES[k]])) as unknown as RuleValues;
}

/** Reads the rules for everyone who reads figures, and lets the administrators change them. */
export class RulesService {
  private readonly audit = new AuditService();
  private cached: Promise<RuleValues> | null = null;

  constructor(
    private readonly db: Database,
    private readonly actor: Actor,
    /** Called inside the change's transaction, to bring what depends on the rules (term ends) in line. */
    private readonly onChange: (em: EntityManager, rules: RuleValues) => Promise<void> = async () => undefined,
  ) {}

  /** The rules, read once per request. */
  get(): Promise<RuleValues> {
    this.cached ??= loadRules(this.db.manager);
    return this.cached;
  }

  async set(args: SetOrganizationRulesArgs): Promise<RuleValues> {
    requirePermission(this.actor, 'oversight:configure');
    return this.db.write(async (em) => {
      const before = await loadRules(em);
      const after: RuleValues = { ...before };
      for (const key of RULE_KEYS) if (typeof args[key] === 'number') after[key] = args[key]!;
      if (after.generalBranchAboveMembers < after.branchMinFullMembers) {
        throw BadInputError.field('generalBranchAboveMembers', 'order', 'a general branch needs more members than a branch');
      }
      if (after.committeeMinMembers <= after.generalBranchAboveMembers) {
        throw BadInputError.field('committeeMinMembers', 'order', 'a committee needs more members than a general branch');
      }
      const changed = RULE_KEYS.filter((k) => after[k] !== before[k]);
      for (const key of changed) {
        await em.delete(RuleSetting, { name: key });
        if (after[key] !== DEFAULT_RULES[key]) await em.insert(RuleSetting, { name: key, value: after[key] });
      }
      if (changed.length) {
        await this.onChange(em, after);
        await this.audit.record(em, this.actor, { action: 'rules.update', recordType: 'OrganizationRules', recordId: null, changes: Object.fromEntries(changed.map((k) => [k, [before[k], after[k]]])) });
      }
      this.cached = null;
      return after;
    });
  }
}
