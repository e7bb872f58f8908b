import { Organization } from '../organizations/organization.entity';

export const entities = [Organization];
