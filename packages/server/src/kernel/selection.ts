import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/** Calls `visit` on every field of a selection set, through fragments and inline fragments. */
function eachField(info: GraphQLResolveInfo, selectionSet: SelectionSetNode | undefined, visit: (field: FieldNode) => void, seen = new Set<string>()): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === 'Field') visit(selection);
    else if (selection.kind === 'InlineFragment') eachField(info, selection.selectionSet, visit, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      eachField(info, info.fragments[selection.name.value]?.selectionSet, visit, seen);
    }
  }
}

/**
 * Names of the fields requested directly below the current field (or, with `child`, below that
 * child field of it, under any alias), so a list resolver can fetch what the page will ask for in one go.
 */
export function requestedFields(info: GraphQLResolveInfo, child?: string): Set<string> {
  const names = new Set<string>();
  for (const node of info.fieldNodes) {
    if (child === undefined) eachField(info, node.selectionSet, (field) => names.add(field.name.value));
    else eachField(info, node.selectionSet, (field) => field.name.value === child && eachField(info, field.selectionSet, (below) => names.add(below.name.value)));
  }
  return names;
}

/**
 * The stored columns the requested fields read, for the list engine (docs/architecture.md, "Lists"):
 * a field answered by a field resolver reads the columns `fieldColumns` gives for it, any other
 * field is a column of its own name, and `__typename` reads none. A field resolver that reads the
 * whole row (rules over many columns) is given as `ALL_COLUMNS`, and asking for it makes the answer
 * null: every column. A field that is neither a column nor listed makes the engine read every column
 * too, so a field resolver left out of `fieldColumns` costs speed, not answers.
 */
export function columnsAsked(info: GraphQLResolveInfo, fieldColumns: Readonly<Record<string, readonly string[]>>, child?: string): Set<string> | null {
  return columnsOfFields(requestedFields(info, child), fieldColumns);
}

/** `columnsAsked` for field names already read from the selection (a resolver that reads them for more than the columns). */
export function columnsOfFields(fields: Iterable<string>, fieldColumns: Readonly<Record<string, readonly string[]>>): Set<string> | null {
  const columns = new Set<string>();
  for (const field of fields) {
    if (field === '__typename') continue;
    const read = Object.hasOwn(fieldColumns, field) ? fieldColumns[field] : [field];
    if (read === ALL_COLUMNS) return null;
    for (const column of read) columns.add(column);
  }
  return columns;
}

/** In a resolver's `fieldColumns`: the field resolver reads the whole row. */
export const ALL_COLUMNS: readonly string[] = Object.freeze(['*']);
