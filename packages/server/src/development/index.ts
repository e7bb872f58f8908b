/**
 * The front door of development/. Member development (发展党员): cases and their steps (cases/), the
 * public notices they need with the working-day calendar (notices/), the reports the public
 * files on them (reports/), and the dossier of each case's documents (materials/). One module: a stage needs a notice, and a notice ends clean only when
 * its reports are settled. Other modules and the composition root import this module only from
 * here.
 */
export { AssessmentResult, CaseAssessment, CaseEvent, CaseSponsor, CaseStage, DevelopmentCase, OPEN_STAGES } from './cases/case.entity';
export { createCaseLoaders } from './cases/case.loaders';
export type { CaseLoaders } from './cases/case.loaders';
export { CaseEventResolver, DevelopmentCaseResolver } from './cases/case.resolver';
export { CaseAlertKind, NOTICE_FOR_STAGE, alertsOf } from './cases/case.rules';
export { DevelopmentCaseService } from './cases/case.service';
export { personUsesByCases } from './cases/case.uses';
export { CalendarDay, DayType, NoticeCase, NoticeStage, PublicNotice } from './notices/notice.entity';
export { createNoticeLoaders } from './notices/notice.loaders';
export type { NoticeLoaders } from './notices/notice.loaders';
export { CalendarDayResolver, PublicNoticeResolver } from './notices/notice.resolver';
export { NoticeService } from './notices/notice.service';
export { PublicResolver } from './notices/public.resolver';
export { publicPages } from './notices/public.routes';
export { CaseMaterial, DossierStep, MaterialKind } from './materials/material.entity';
export { dueOf } from './materials/material.rules';
export { MAX_MATERIAL_BYTES, MAX_MATERIAL_PAGES } from './materials/material.files';
export { CaseDossierResolver, CaseMaterialResolver, MaterialKindResolver } from './materials/material.resolver';
export { materialRoutes } from './materials/material.routes';
export { MaterialService } from './materials/material.service';
export { Report, ReportChannel } from './reports/report.entity';
export { ReportResolver } from './reports/report.resolver';
export { ReportService } from './reports/report.service';
