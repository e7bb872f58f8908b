/**
 * The front door of audit-trail/. The audit trail as administrators and coordinators read it (the
 * writing is audit/, below every module). Other modules and the composition root import this
 * module only from here.
 */
export { AuditResolver } from './audit-trail.resolver';
export { AuditQueryService } from './audit-trail.service';
