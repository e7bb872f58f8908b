import {
  defaultFieldResolver,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { normalizeTextOrRefuse } from '../../common/text';

/** Scalars whose values are never text by the time a resolver sees them (a date-time arrives as a Date). */
const NOT_TEXT = new Set(['Int', 'Float', 'Boolean', 'DateTimeISO']);

/** Whether a value of this input type can hold text: a String, an ID or another scalar, or an input object with one. */
export function canHoldText(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (isEnumType(named)) return false;
  if (isScalarType(named)) return !NOT_TEXT.has(named.name);
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((field) => canHoldText(field.type, seen));
}

/**
 * Every argument of every field, before any resolver or check sees it, goes through the one text
 * step of common/text.ts: its strings in Unicode form C, a lone surrogate refused as
 * BAD_USER_INPUT (`unpairedSurrogate`). Done on the schema, not field by field, so no argument
 * can be left out; the checks of the argument classes (lengths, invisible characters) then see
 * the normalized text. Fields whose arguments cannot hold text keep their resolver as it was.
 * Changes the schema in place and returns it.
 */
export function normalizeTextArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.some((arg: GraphQLArgument) => canHoldText(arg.type))) continue;
      const resolve = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, unknown>;
      field.resolve = (source, args: Record<string, unknown>, context, info) => resolve(source, normalizeTextOrRefuse(args), context, info);
    }
  }
  return schema;
}
