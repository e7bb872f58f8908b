import { addDays, todayInChina } from '../common/dates';
import type { Gql } from './server';

export const CLASS_FIELDS = 'id title status capacity waitlist enrollmentOpensOn enrollmentClosesOn requiredHours startsOn endsOn version';

let serial = 0;

export async function createProgram(gql: Gql, organizerId: string): Promise<{ id: string }> {
  serial += 1;
  const res = await gql(`mutation($o: ID!, $t: String!) { createTrainingProgram(title: $t, year: 2026, organizerId: $o) { id } }`, { o: organizerId, t: `2026年度培训计划${serial}` });
  if (res.errors) throw new Error(`createTrainingProgram failed: ${JSON.stringify(res.errors)}`);
  return res.data!.createTrainingProgram;
}

export interface ClassOptions {
  capacity?: number;
  waitlist?: boolean;
  opensOn?: string;
  closesOn?: string;
  sessions?: { date: string; hours: number }[];
  quotas?: { chamberId: string; seats: number }[];
  requiredHours?: number;
  publish?: boolean;
}

/** A class of the program, published unless told otherwise; by default enrollment is open today and sessions are today and tomorrow, 4 hours each. */
export async function createClass(gql: Gql, programId: string, options: ClassOptions = {}): Promise<Record<string, any>> {
  const today = todayInChina();
  serial += 1;
  const res = await gql(
    `mutation($p: ID!, $t: String!, $cap: Int!, $w: Boolean, $o: String!, $c: String!, $s: [SessionInput!], $q: [QuotaInput!], $r: Int) {
      createTrainingClass(programId: $p, title: $t, capacity: $cap, waitlist: $w, enrollmentOpensOn: $o, enrollmentClosesOn: $c, sessions: $s, quotas: $q, requiredHours: $r) { ${CLASS_FIELDS} }
    }`,
    {
      p: programId,
      t: `商会党组织书记培训班${serial}`,
      cap: options.capacity ?? 20,
      w: options.waitlist ?? true,
      o: options.opensOn ?? addDays(today, -3),
      c: options.closesOn ?? addDays(today, 1),
      s: options.sessions ?? [
        { date: today, hours: 4 },
        { date: addDays(today, 1), hours: 4 },
      ],
      q: options.quotas,
      r: options.requiredHours,
    },
  );
  if (res.errors) throw new Error(`createTrainingClass failed: ${JSON.stringify(res.errors)}`);
  const created = res.data!.createTrainingClass;
  if (options.publish === false) return created;
  const published = await gql(`mutation($id: ID!, $v: Int!) { publishTrainingClass(id: $id, version: $v) { ${CLASS_FIELDS} } }`, { id: created.id, v: created.version });
  if (published.errors) throw new Error(`publishTrainingClass failed: ${JSON.stringify(published.errors)}`);
  return published.data!.publishTrainingClass;
}

export const ENROLL = `mutation($c: ID!, $p: ID!) { enroll(classId: $c, personId: $p) { id status personId requestedAt } }`;
