import { getMetadataArgsStorage } from 'typeorm';
import { Organization } from '../organizations';
import { Person } from '../people';
import { entities } from '../root/entities';
import { referencesTo } from './references';

/**
 * A column that names an organization or a person, by the schema's naming, must say so
 * (`@Names`), or a delete of that organization or person would leave its rows naming nothing.
 * The few that do not are history or figures derived from other rows, each with its reason.
 */
const NAMES_A_ROW = /(organization|organizer|employer|chamber|host|parent|enterprise|jointBranch|person)Id$/i;
const NOT_REFERENCES: Record<string, string> = {
  'MeetingYear.organizationId': 'a tally of the organization’s meetings, which are references themselves',
  'OrganizationTally.organizationId': 'figures the database’s triggers keep from other rows',
  'ChamberTally.chamberId': 'figures the database’s triggers keep from other rows',
  'Reminder.organizationId': 'an inbox message: it stays as it was sent',
  'AuditEntry.organizationId': 'the audit trail is history and names what has since been deleted',
};

describe('columns that name organizations and people', () => {
  const tables = new Set<unknown>(entities);
  const columns = getMetadataArgsStorage().columns.filter((c) => tables.has(c.target));
  const declared = [...referencesTo(Organization), ...referencesTo(Person)];
  const key = (entity: unknown, property: string) => `${(entity as { name: string }).name}.${property}`;

  it('declares every one of them, or says why not', () => {
    const declaredKeys = new Set(declared.map((r) => key(r.entity, r.property)));
    const naming = columns.filter((c) => NAMES_A_ROW.test(c.propertyName)).map((c) => key(c.target, c.propertyName));
    expect(naming.length).toBeGreaterThan(20);
    const undeclared = naming.filter((k) => !declaredKeys.has(k) && !(k in NOT_REFERENCES));
    expect(undeclared).toEqual([]);
    // The exceptions are real columns, and none is also declared.
    for (const k of Object.keys(NOT_REFERENCES)) {
      expect({ k, column: naming.includes(k), declared: declaredKeys.has(k) }).toEqual({ k, column: true, declared: false });
    }
  });

  it('declares only columns of the entities, each naming the right table', () => {
    for (const r of declared) {
      expect({ r: key(r.entity, r.property), column: columns.some((c) => c.target === r.entity && c.propertyName === r.property) }).toEqual({ r: key(r.entity, r.property), column: true });
    }
    expect(referencesTo(Person).map((r) => key(r.entity, r.property)).every((k) => /personId$/.test(k))).toBe(true);
    expect(referencesTo(Organization).map((r) => key(r.entity, r.property)).some((k) => /personId$/.test(k))).toBe(false);
  });
});
