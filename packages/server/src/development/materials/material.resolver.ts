import { Args, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { ReportPageOf, reportWindow, type ReportRows } from '../../kernel/report-page';
import { Ctx, type GraphQLContext } from '../../kernel/context';
import { DevelopmentCase } from '../cases/case.entity';
import { CreateMaterialKindArgs, MissingMaterialsArgs, UpdateMaterialKindArgs } from './material.args';
import { CaseMaterial, MaterialKind } from './material.entity';
import { DossierState, type MissingMaterialRow } from './material.service';

registerEnumType(DossierState, {
  name: 'DossierState',
  valuesConfig: {
    PRESENT: { description: '已归档: in the dossier' },
    MISSING: { description: '待上传: required, and its step (the case\'s next) waits for it' },
    LATE: { description: '待补: required, and its step was recorded without it' },
    OPTIONAL: { description: '可选: not required of this case (or of a step a closed case never reached), not there' },
    AHEAD: { description: '后续: required, of a step further ahead than the case\'s next; not counted missing yet' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'A line of a case\'s dossier: a kind of material, the file in the dossier, and where it stands' })
export class DossierEntry {
  @Field(() => MaterialKind)
  kind: MaterialKind;

  @Field(() => CaseMaterial, { nullable: true, description: 'The version in the dossier; null when there is none' })
  material: CaseMaterial | null;

  @Field(() => DossierState)
  state: DossierState;

  @Field({ description: 'Whether the kind is required of this case: required, and the case applied for on or after its 施行日期' })
  required: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'A required material an open case lacks: a line of the worklist' })
export class MissingMaterialItem {
  @Field(() => DevelopmentCase)
  case: DevelopmentCase;

  @Field(() => MaterialKind)
  kind: MaterialKind;

  @Field(() => DossierState, { description: 'MISSING: its step waits for it; LATE: its step was recorded without it' })
  state: DossierState;
}

const MissingMaterialPage = ReportPageOf(MissingMaterialItem, 'MissingMaterialPage', 'A page of the materials the open cases lack');

@Resolver(() => MaterialKind)
export class MaterialKindResolver {
  @Query(() => MissingMaterialPage, { description: '材料待办: every required material the open cases in your scope lack, case by case (oldest first), in the dossier\'s order; one kind (its code) or one subtree when asked' })
  missingMaterials(@Args() args: MissingMaterialsArgs, @Ctx() ctx: GraphQLContext): Promise<ReportRows<MissingMaterialRow>> {
    return ctx.services.materials.worklist({ kind: args.kind, withinOrganization: args.withinOrganization }, reportWindow(args));
  }

  @Query(() => [MaterialKind], { description: 'The kinds of material the steps need or may have, in the dossier\'s order' })
  materialKinds(@Ctx() ctx: GraphQLContext): Promise<MaterialKind[]> {
    return ctx.services.materials.kinds();
  }

  @Mutation(() => MaterialKind, { description: 'Adds a kind of material of the department\'s own (administrators)' })
  createMaterialKind(@Args() args: CreateMaterialKindArgs, @Ctx() ctx: GraphQLContext): Promise<MaterialKind> {
    return ctx.services.materials.createKind(args);
  }

  @Mutation(() => MaterialKind, { description: 'Changes a kind\'s name, whether it is required, its file types, who adds it, its place (administrators); a built-in kind keeps its code and step' })
  updateMaterialKind(@Args() args: UpdateMaterialKindArgs, @Ctx() ctx: GraphQLContext): Promise<MaterialKind> {
    return ctx.services.materials.updateKind(args);
  }
}

@Resolver(() => CaseMaterial)
export class CaseMaterialResolver {
  @FieldResolver(() => String, { description: 'Where its file is read (GET; every read is audited; for those who may read national ids)' })
  url(@Root() material: CaseMaterial): string {
    return `/materials/${material.id}/file`;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The account that uploaded it' })
  uploadedById(@Root() material: CaseMaterial): string | null {
    return material.uploadedById === null ? null : String(material.uploadedById);
  }
}

/** A case's dossier on the case. */
@Resolver(() => DevelopmentCase)
export class CaseDossierResolver {
  @FieldResolver(() => [DossierEntry], { description: '入党材料: every kind of material in the dossier\'s order, with the file in the dossier and where it stands' })
  dossier(@Root() c: DevelopmentCase, @Ctx() ctx: GraphQLContext): Promise<DossierEntry[]> {
    return ctx.services.materials.dossier(c);
  }

  @FieldResolver(() => Int, { description: 'How many required materials the dossier lacks' })
  dossierMissing(@Root() c: DevelopmentCase, @Ctx() ctx: GraphQLContext): Promise<number> {
    return ctx.loaders.cases.dossierMissing.load(c);
  }

  @FieldResolver(() => [CaseMaterial], { description: 'Every file the dossier has had, newest first: the replaced ones with when and why' })
  materialHistory(@Root() c: DevelopmentCase, @Ctx() ctx: GraphQLContext): Promise<CaseMaterial[]> {
    return ctx.services.materials.history(c);
  }
}
