import { Field, Int, ObjectType } from 'type-graphql';
import { todayInChina } from '../common/dates';
import type { Database } from '../db/database';
import { Organization } from '../organizations';
import { Person } from '../people';
import { Enrollment, TrainingClass } from './training.entity';

@ObjectType({ simpleResolvers: true, description: 'What the public check of a certificate code says' })
export class CertificateCheck {
  @Field()
  code: string;

  @Field({ description: 'False when the certificate was revoked' })
  valid: boolean;

  @Field()
  holderName: string;

  @Field()
  classTitle: string;

  @Field()
  organizerName: string;

  @Field(() => Int)
  hours: number;

  @Field()
  completedOn: string;
}

/** The certificate with this code, as the public may see it; null for a code never issued. */
export async function checkCertificate(db: Database, code: string): Promise<CertificateCheck | null> {
  const normalized = code.trim().toUpperCase();
  if (!/^[2-9A-Z]{12}$/.test(normalized)) return null;
  const enrollment = await db.manager.findOneBy(Enrollment, { certificateCode: normalized });
  if (!enrollment || !enrollment.completedAt) return null;
  const person = await db.manager.findOneByOrFail(Person, { id: enrollment.personId });
  const klass = await db.manager.findOneByOrFail(TrainingClass, { id: enrollment.classId });
  const organizer = await db.manager.findOneByOrFail(Organization, { id: klass.organizerId });
  return {
    code: normalized,
    valid: !enrollment.certificateRevokedAt,
    holderName: person.name,
    classTitle: klass.title,
    organizerName: organizer.name,
    hours: enrollment.hoursCredited,
    completedOn: todayInChina(enrollment.completedAt),
  };
}
