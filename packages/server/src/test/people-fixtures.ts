import { nationalIdCheckCharacter } from '../common/national-id';
import type { Gql } from './server';

let serial = 0;

/** A valid national id for someone born on `birthDate`, unused by other fixtures; odd sequence for men. */
export function freshNationalId(birthDate = '1990-05-17', gender: 'MALE' | 'FEMALE' = 'MALE'): string {
  serial += 1;
  const sequence = (serial * 2 + (gender === 'MALE' ? 1 : 0)) % 1000;
  const body = `520102${birthDate.replace(/-/g, '')}${String(sequence).padStart(3, '0')}`;
  return body + nationalIdCheckCharacter(body);
}

export const PERSON_FIELDS = `id name gender birthDate ethnicity education phone nationalId organizationId employerId posts membershipStatus relation admittedOn fullMemberSince archivedAt version votes`;

const TYPES: Record<string, string> = {
  name: 'String!',
  organizationId: 'ID!',
  employerId: 'ID',
  gender: 'Gender',
  education: 'Education',
  membershipStatus: 'MembershipStatus',
  relation: 'MembershipRelation',
};

export async function createPerson(gql: Gql, fields: Record<string, unknown>): Promise<Record<string, any>> {
  const names = Object.keys(fields);
  const decl = names.map((n) => `$${n}: ${TYPES[n] ?? 'String'}`).join(', ');
  const args = names.map((n) => `${n}: $${n}`).join(', ');
  const res = await gql(`mutation(${decl}) { createPerson(${args}) { ${PERSON_FIELDS} } }`, fields);
  if (res.errors) throw new Error(`createPerson failed: ${JSON.stringify(res.errors)}`);
  return res.data!.createPerson;
}
