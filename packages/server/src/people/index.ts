/**
 * The front door of people/. People: party members, activists and applicants, their personal data,
 * sheets in and out. Other modules and the composition root import this module only from here.
 */
export { personExportRoutes } from './person.routes';
export { PersonImportService } from './person-import.service';
export { Education, MembershipRelation, MembershipStatus, Person } from './person.entity';
export { createPeopleLoaders } from './person.loaders';
export type { PeopleLoaders } from './person.loaders';
export { PersonImportResolver, PersonResolver } from './person.resolver';
export { PersonService } from './person.service';
export type { PersonUses } from './person.service';
export { PersonalDataCipher } from './personal-data';
export { namedPerson, personInScope } from './person.references';
