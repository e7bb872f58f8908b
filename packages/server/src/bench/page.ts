import { subtreeEndSql, type Dialect } from '../db/database';
import { OrganizationKind } from '../organizations';
import { ENTERPRISE_HOLDING_KINDS } from '../organizations';

/** The dashboard's organization list: one page ordered by name (pinyin), with the parent and both counts. */
export const PAGE_QUERY = `query OrganizationPage($page: Int, $perPage: Int) {
  allOrganizations(page: $page, perPage: $perPage, sortField: "name", sortOrder: "ASC") {
    id name kind status parent { id name } childCount enterpriseCount
  }
}`;

export interface PageRow {
  id: string;
  name: string;
  kind: string;
  status: string;
  parent: { id: string; name: string } | null;
  childCount: number;
  enterpriseCount: number;
}

export interface PageResponse {
  data: { allOrganizations: PageRow[] };
}

/** The smallest signed-in request: no resolver, no SQL besides the caller's token. */
export const FIXED_COST_BODY = JSON.stringify({ query: '{ __typename }' });

/** The request body the GraphQL server gets for one page. */
export function graphqlBody(page: number, perPage: number): string {
  return JSON.stringify({ query: PAGE_QUERY, variables: { page, perPage } });
}

/** The request body the raw-SQL server gets for one page. */
export function floorBody(page: number, perPage: number): string {
  return JSON.stringify({ page, perPage });
}

/**
 * The same page in one statement: the page of ids is picked in a derived table straight off the
 * (namePinyin, id) index, then joined to its rows and parents; the counts are correlated subqueries.
 * Enterprises sit directly under chambers (ALLOWED_PARENT_KINDS), so a chamber's enterprises are its
 * enterprise children, an index lookup on (parentId, kind); agencies and coordination groups count
 * the enterprises in their subtree, a range of the (kind, path) index. MariaDB cannot use that range
 * with the bounds taken from the outer row (it scans every enterprise instead), which is why chambers,
 * the holding rows a list shows most, take the lookup. MariaDB also leaves the (namePinyin) index for a
 * full scan and filesort once the offset passes a few hundred rows (it weighs the row lookups for
 * archivedAt as dearer), so the page's ids are read with that index named.
 */
export function floorSql(dialect: Dialect): string {
  const subtreeEnd = subtreeEndSql(dialect, 'o.path');
  const subtreeKinds = ENTERPRISE_HOLDING_KINDS.filter((k) => k !== OrganizationKind.CHAMBER).map((k) => `'${k}'`).join(', ');
  const enterprise = `'${OrganizationKind.ENTERPRISE}'`;
  const byName = dialect === 'sqlite' ? '' : ' FORCE INDEX (IDX_organization_pinyin)';
  return `SELECT o.id, o.name, o.kind, o.status, p.id AS parentId, p.name AS parentName,
  (SELECT COUNT(*) FROM organization c WHERE c.parentId = o.id AND c.archivedAt IS NULL) AS childCount,
  CASE
    WHEN o.kind = '${OrganizationKind.CHAMBER}' THEN
      (SELECT COUNT(*) FROM organization e WHERE e.parentId = o.id AND e.kind = ${enterprise} AND e.archivedAt IS NULL)
    WHEN o.kind IN (${subtreeKinds}) THEN
      (SELECT COUNT(*) FROM organization e WHERE e.kind = ${enterprise} AND e.path > o.path AND e.path < ${subtreeEnd} AND e.archivedAt IS NULL)
    ELSE 0
  END AS enterpriseCount
FROM (SELECT id, namePinyin FROM organization${byName} WHERE archivedAt IS NULL ORDER BY namePinyin, id LIMIT ? OFFSET ?) page
JOIN organization o ON o.id = page.id
LEFT JOIN organization p ON p.id = o.parentId
ORDER BY page.namePinyin, page.id`;
}

export interface FloorRow {
  id: number;
  name: string;
  kind: string;
  status: string;
  parentId: number | null;
  parentName: string | null;
  childCount: number | string;
  enterpriseCount: number | string;
}

/** Rows of the statement above in the GraphQL response's shape, as one JSON text. */
export function floorJson(rows: FloorRow[]): string {
  const items: PageRow[] = rows.map((r) => ({
    id: String(r.id),
    name: r.name,
    kind: r.kind,
    status: r.status,
    parent: r.parentId === null ? null : { id: String(r.parentId), name: r.parentName as string },
    childCount: Number(r.childCount),
    enterpriseCount: Number(r.enterpriseCount),
  }));
  return JSON.stringify({ data: { allOrganizations: items } });
}
