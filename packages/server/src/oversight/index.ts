/**
 * The front door of oversight/. Oversight: meetings, coverage, venues, responsibility letters,
 * assessments, rectification and the home dashboard. Other modules and the composition root import
 * this module only from here.
 */
export { annualReportRoutes } from './annual-report';
export { Assessment, AssessmentService, AssessmentWeight } from './assessment';
export { AssessmentResolver } from './assessment.resolver';
export { CoverageResolver } from './coverage.resolver';
export { CoverageService } from './coverage.service';
export { EligibilityResolver } from './eligibility';
export { FOCUS_AREAS, FocusArea } from './focus-area';
export { homeDashboard } from './home';
export { HomeResolver } from './home.resolver';
export { LetterService, ResponsibilityLetter } from './letter';
export { LetterResolver } from './letter.resolver';
export { Meeting, MeetingRequirement, MeetingStatus, MeetingType } from './meeting.entity';
export { MeetingResolver } from './meeting.resolver';
export { DEFAULT_REQUIREMENTS, periodsOf } from './meeting.rules';
export { MeetingService } from './meeting.service';
export { RectificationCase, RectificationService } from './rectification';
export { RectificationResolver } from './rectification.resolver';
export { venuePhotoRoutes } from './venue-photo-routes';
export { Venue, VenueChecklistItem, VenuePhoto, VenueStandard } from './venue.entity';
export { VenueResolver } from './venue.resolver';
export { DEFAULT_CHECKLISTS } from './venue.rules';
export { VenueService } from './venue.service';
