/**
 * Every field a resource's create or update sends has an input on its form.
 *
 * `writableFields.test.ts` checks, from the server's schema, that the data provider's field
 * lists send every writable argument; this test checks the next step back: that each field
 * in those lists is an input (`source="…"`) in the files that make the resource's form. A
 * field set by the page rather than typed (the class an enrollment is made from) is listed
 * with the reason.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { GuildhallClient } from '@guildhall/client';
import { createHandlers } from './dataProvider';


/** The files that hold each resource's create and edit inputs. */
const FORM_FILES: Record<string, string[]> = {
  organizations: ['organizations/OrganizationInputs.tsx'],
  people: ['people/PersonInputs.tsx'],
  users: ['users/UserInputs.tsx'],
  developmentCases: ['development/CaseCreate.tsx'],
  publicNotices: ['notices/NoticeInputs.tsx', 'notices/NoticeCreate.tsx'],
  calendarDays: ['calendar/CalendarList.tsx'],
  reports: ['reports/ReportCreate.tsx'],
  trainingPrograms: ['training/ProgramInputs.tsx', 'training/ProgramCreate.tsx'],
  trainingClasses: ['training/ClassInputs.tsx', 'training/ClassCreate.tsx'],
  enrollments: ['training/EnrollmentActions.tsx'],
  exemplars: ['exemplars/ExemplarInputs.tsx', 'exemplars/StoryInput.tsx'],
  meetings: ['oversight/MeetingList.tsx'],
};

/** Fields (`resource.field`) a form sets without an input of its own, and why. */
const SET_BY_THE_PAGE: Record<string, string> = {
  'enrollments.classId': 'a place is taken from the class page: the class is the one shown, not chosen in the dialog',
};

const handlers = createHandlers({} as GuildhallClient);

function inputsOf(resource: string): Set<string> {
  const sources = new Set<string>();
  for (const file of FORM_FILES[resource]) {
    const text = fs.readFileSync(path.join(__dirname, file), 'utf8');
    for (const match of text.matchAll(/\bsource=(?:"([^"]+)"|\{?'([^']+)'\}?)/g)) sources.add(match[1] ?? match[2]);
  }
  return sources;
}

describe('every field a form sends has an input', () => {
  test('every resource that creates or updates is listed with its form files', () => {
    const writing = Object.entries(handlers)
      .filter(([, h]) => h.createFields.length > 0 || h.updateFields.length > 0)
      .map(([resource]) => resource);
    expect(writing.sort()).toEqual(Object.keys(FORM_FILES).sort());
  });

  test.each(Object.keys(FORM_FILES))('%s: each create and update field is an input of its form', (resource) => {
    const handler = handlers[resource];
    const sources = inputsOf(resource);
    const fields = [...new Set([...handler.createFields, ...handler.updateFields])];
    const missing = fields.filter((field) => !sources.has(field) && !(`${resource}.${field}` in SET_BY_THE_PAGE));
    expect({ resource, missing }).toEqual({ resource, missing: [] });
  });

  test('every field set by the page is still sent and still has no input', () => {
    for (const entry of Object.keys(SET_BY_THE_PAGE)) {
      const [resource, field] = entry.split('.');
      expect([...handlers[resource].createFields, ...handlers[resource].updateFields]).toContain(field);
      expect(inputsOf(resource).has(field)).toBe(false);
    }
  });
});
