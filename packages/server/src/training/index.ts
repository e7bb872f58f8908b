/**
 * The front door of training/. Training: programs, classes, enrollment, check-in and certificates.
 * Other modules and the composition root import this module only from here.
 */
export { layoutLines, requireCertificateFont } from './certificate.pdf';
export type { CertificateFont } from './certificate.pdf';
export { CertificateResolver } from './certificate.resolver';
export { certificateRoutes } from './certificate.routes';
export { EnrollmentService } from './enrollment.service';
export { rosterRoutes } from './roster.routes';
export { Attendance, ClassQuota, ClassSession, ClassStatus, Enrollment, EnrollmentStatus, TrainingClass, TrainingProgram } from './training.entity';
export { createTrainingLoaders } from './training.loaders';
export type { TrainingLoaders } from './training.loaders';
export { ClassSessionResolver, EnrollmentResolver, TrainingClassResolver, TrainingProgramResolver } from './training.resolver';
export { TrainingService } from './training.service';
