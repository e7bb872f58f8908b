import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, Matches, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { UserRole } from '../../access/roles';
import { IsLocalDate, IsPlainText } from '../../common/validation';
import { VERSION_READ } from '../../db/versioned';
import { ReportPageArgs } from '../../kernel/report-page';
import { DossierStep, MaterialFileType } from './material.entity';

@ArgsType()
export class CreateMaterialKindArgs {
  @Field({ description: 'Capitals, digits and _, starting with a capital: 2 to 40 characters' })
  @Matches(/^[A-Z][A-Z0-9_]{1,39}$/, { message: 'capitals, digits and _, starting with a capital, 2 to 40 characters' })
  code: string;

  @Field()
  @IsPlainText({ max: 60 })
  name: string;

  @Field(() => DossierStep)
  @IsEnum(DossierStep)
  step: DossierStep;

  @Field()
  required: boolean;

  @Field(() => String, { nullable: true, description: 'Required of the cases applied for on or after this day (YYYY-MM-DD); left out: of every case' })
  @IsLocalDate()
  requiredFrom?: string | null;

  @Field(() => [MaterialFileType])
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @IsEnum(MaterialFileType, { each: true })
  fileTypes: MaterialFileType[];

  @Field(() => [UserRole])
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsEnum(UserRole, { each: true })
  uploadRoles: UserRole[];

  @Field(() => Int, { nullable: true, description: 'Its place within its step (0 to 1000; 100 when left out: after the built-in kinds)' })
  @IsInt()
  @Min(0)
  @Max(1000)
  sortOrder?: number | null;
}

@ArgsType()
export class UpdateMaterialKindArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: VERSION_READ })
  version?: number | null;

  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 60 })
  name?: string | null;

  @Field(() => Boolean, { nullable: true })
  required?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Required of the cases applied for on or after this day (YYYY-MM-DD); null: of every case; left out: unchanged' })
  @IsLocalDate()
  requiredFrom?: string | null;

  @Field(() => [MaterialFileType], { nullable: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @IsEnum(MaterialFileType, { each: true })
  fileTypes?: MaterialFileType[] | null;

  @Field(() => [UserRole], { nullable: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsEnum(UserRole, { each: true })
  uploadRoles?: UserRole[] | null;

  @Field(() => Int, { nullable: true })
  @IsInt()
  @Min(0)
  @Max(1000)
  sortOrder?: number | null;
}

@ArgsType()
export class MissingMaterialsArgs extends ReportPageArgs {
  @Field(() => String, { nullable: true, description: 'Only this kind of material (its code)' })
  @IsPlainText({ max: 40, allowBlank: true })
  kind?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only cases of organizations in this subtree, itself included' })
  withinOrganization?: string | null;
}
