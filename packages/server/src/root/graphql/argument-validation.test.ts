import path from 'node:path';
import { IsInt, Max, Min, ValidateNested } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { validateArguments } from './argument-validation';
import { IsPlainText } from '../../common/validation';

class Paging {
  @IsInt() @Min(0) page?: number;
  @IsInt() @Min(1) @Max(100) perPage?: number;
}
/** No constraint of its own: its parent's still apply. */
class PeoplePaging extends Paging {
  q?: string;
}
class Named {
  @IsPlainText({ max: 4 }) name?: string;
}
class Outer {
  @ValidateNested() inner?: Named;
}
class Plain {
  anything?: unknown;
}

const make = <T extends object>(type: new () => T, values: Partial<T>): T => Object.assign(new type(), values);

/** What a check threw: null when it passed, else the refused properties and constraints. */
async function outcome(check: () => Promise<unknown>): Promise<unknown> {
  try {
    await check();
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(ArgumentValidationError);
    const errors = (error as ArgumentValidationError).extensions.validationErrors as { property: string; constraints?: object; children?: unknown[] }[];
    return errors.map((e) => ({ property: e.property, constraints: e.constraints, children: e.children?.length ?? 0 }));
  }
}

// TypeGraphQL's own check, to compare with (not among its exports), with the options the schema gave it before.
const { validateArg } = require(path.join(path.dirname(require.resolve('type-graphql')), 'resolvers/validate-arg.js')) as {
  validateArg: (value: unknown, type: unknown, data: unknown, global: object, own: undefined, globalFn: undefined, ownFn: undefined) => Promise<unknown>;
};
const typeGraphQL = (value: unknown) => validateArg(value, Object, {}, { forbidUnknownValues: false, skipMissingProperties: true }, undefined, undefined, undefined);

describe('argument validation', () => {
  const cases: [string, unknown][] = [
    ['a good page', make(Paging, { page: 0, perPage: 50 })],
    ['perPage over its maximum', make(Paging, { page: 0, perPage: 101 })],
    ['a negative page and a fractional perPage', make(Paging, { page: -1, perPage: 1.5 })],
    ['a property left out', make(Paging, { perPage: 10 })],
    ["a subclass breaking its parent's constraint", make(PeoplePaging, { page: -3, q: 'x' })],
    ["a subclass keeping its parent's constraints", make(PeoplePaging, { page: 2, q: 'x' })],
    ['plain text too long', make(Named, { name: '贵州湘博商会' })],
    ['plain text with a zero-width space', make(Named, { name: 'a\u200Bb' })],
    ['a nested input refused', make(Outer, { inner: make(Named, { name: 'toolong' }) })],
    ['a nested input accepted', make(Outer, { inner: make(Named, { name: 'ok' }) })],
    ['a class without constraints', make(Plain, { anything: -1 })],
    ['a list with one bad item', [make(Paging, { page: 1 }), make(Paging, { perPage: 0 })]],
    ['a list of good items', [make(Paging, { page: 1 }), make(Paging, { perPage: 3 })]],
    ['a string', 'text'],
    ['a number', 7],
    ['null', null],
  ];

  it.each(cases)('%s: refused or passed exactly as by TypeGraphQL', async (_label, value) => {
    const ours = await outcome(() => validateArguments(value));
    expect(ours).toEqual(await outcome(() => typeGraphQL(value)));
  });

  it('refuses what breaks a constraint, naming the property', async () => {
    expect(await outcome(() => validateArguments(make(PeoplePaging, { perPage: 500 })))).toEqual([{ property: 'perPage', constraints: { max: expect.any(String) }, children: 0 }]);
    expect(await outcome(() => validateArguments([make(Named, { name: 'ok' }), make(Named, { name: 'far too long' })]))).toEqual([
      { property: 'name', constraints: { maxChars: expect.any(String) }, children: 0 },
    ]);
  });
});
