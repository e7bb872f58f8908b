import {
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { hasForbiddenCharacters } from '../../common/validation';
import { hasLoneSurrogate, normalizeTextIn } from '../../common/text';
import { BadInputError } from '../../kernel/errors';
import { canHoldText } from './text-arguments';
import { createSchema } from '../schema';

const LONE = 'a\ud800b';

/** Every place a string can sit in a value of this type, each as [path below the argument, a value with a lone surrogate there]. */
export function textLeaves(type: GraphQLInputType, seen: string[] = []): { path: string[]; value: unknown }[] {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return textLeaves(nullable.ofType, seen).map((leaf) => ({ path: ['0', ...leaf.path], value: [leaf.value] }));
  if (isScalarType(nullable)) return canHoldText(nullable) ? [{ path: [], value: LONE }] : [];
  if (!isInputObjectType(nullable) || seen.includes(nullable.name)) return [];
  return Object.values(nullable.getFields()).flatMap((field) =>
    textLeaves(field.type, [...seen, nullable.name]).map((leaf) => ({ path: [field.name, ...leaf.path], value: { [field.name]: leaf.value } })),
  );
}

describe('the text step every argument passes through', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await createSchema();
  });

  it('refuses a lone surrogate in every string argument and every string field of every input, anywhere in the schema, before the resolver runs', () => {
    const checked: string[] = [];
    const missed: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        for (const arg of field.args as GraphQLArgument[]) {
          for (const leaf of textLeaves(arg.type)) {
            const where = [arg.name, ...leaf.path].join('.');
            const name = `${type.name}.${field.name}(${where})`;
            checked.push(name);
            const resolve = field.resolve as GraphQLFieldResolver<unknown, unknown> | undefined;
            let thrown: unknown = null;
            try {
              // No context: a resolver that ran would fail on it in some other way.
              void resolve?.(undefined, { [arg.name]: leaf.value }, undefined, {} as never);
            } catch (error) {
              thrown = error;
            }
            const fields = thrown instanceof BadInputError ? (thrown.extensions.fields as { field: string; constraint: string }[]) : [];
            if (!fields.some((f) => f.field === where && f.constraint === 'unpairedSurrogate')) missed.push(name);
          }
        }
      }
    }
    expect(missed).toEqual([]);
    // The walk found the schema's text: names, notes, filters, passwords, lists of text inside inputs.
    expect(checked.length).toBeGreaterThan(300);
    expect(checked).toEqual(
      expect.arrayContaining([
        'Mutation.createOrganization(name)',
        'Mutation.signIn(password)',
        'Query.allOrganizations(filter.q)',
        'Query.allOrganizations(filter.ids.0)',
      ]),
    );
  });

  it('leaves numbers, booleans and enumerations alone and hands every resolver form C text', () => {
    const { value, problems } = normalizeTextIn({ name: 'Cafe\u0301', n: 3, flag: true, list: ['e\u0301', { deep: 'A\u030a' }], newPassword: 'e\u0301' });
    expect(problems).toEqual([]);
    expect(value).toEqual({ name: 'Café', n: 3, flag: true, list: ['é', { deep: 'Å' }], newPassword: 'e\u0301' });
  });

  it('names every lone surrogate by its path, a password included, and keeps pairs (emoji) whole', () => {
    const { problems } = normalizeTextIn({ a: '\udc00', list: ['ok', 'x\ud83d'], password: '\ud800', emoji: '😀👍🏽' });
    expect(problems.map((p) => `${p.field}:${p.constraint}`)).toEqual(['a:unpairedSurrogate', 'list.1:unpairedSurrogate', 'password:unpairedSurrogate']);
    expect(hasLoneSurrogate('😀')).toBe(false);
    expect(hasLoneSurrogate('😀'.slice(0, 1))).toBe(true);
  });
});

describe('invisible characters', () => {
  const invisible = [
    ['zero-width space', '\u200b'],
    ['zero-width non-joiner', '\u200c'],
    ['zero-width joiner', '\u200d'],
    ['word joiner', '\u2060'],
    ['byte order mark', '\ufeff'],
    ['soft hyphen', '\u00ad'],
    ['left-to-right mark', '\u200e'],
    ['right-to-left mark', '\u200f'],
    ['Arabic letter mark', '\u061c'],
    ['right-to-left override', '\u202e'],
    ['first strong isolate', '\u2068'],
    ['Mongolian vowel separator', '\u180e'],
    ['invisible times', '\u2062'],
    ['tag letter', '\u{e0041}'],
  ] as const;

  it.each(invisible)('a %s is refused in a name', (_label, character) => {
    expect(hasForbiddenCharacters(`贵州${character}湘博`)).toBe(true);
  });

  it('long text keeps newlines, joiners in emoji and a soft hyphen, and refuses direction overrides and the byte order mark', () => {
    expect(hasForbiddenCharacters('第一段\n第二段\r\n\t👨\u200d👩\u200d👧 Donau\u00addampf', true)).toBe(false);
    for (const character of ['\u202e', '\u2066', '\u200f', '\u061c', '\ufeff', '\u0007']) expect(hasForbiddenCharacters(`a${character}b`, true)).toBe(true);
  });

  it('names keep what they legitimately hold: Chinese, the middle dot of transliterated names, emoji, ideographic space', () => {
    for (const name of ['贵州省湖南商会', '阿卜杜拉·艾买提', '😀', 'A\u3000B', 'Zoë']) expect(hasForbiddenCharacters(name)).toBe(false);
  });
});
