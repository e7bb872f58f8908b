/**
 * The front door of oversight/. Oversight: meetings, coverage, venues, responsibility letters,
 * assessments, rectification and the home dashboard. Other modules and the composition root import
 * this module only from here.
 */
export { annualReportRoutes } from './annual-report.routes';
export { Assessment, AssessmentWeight } from './assessment.entity';
export { AssessmentService } from './assessment.service';
export { AssessmentResolver } from './assessment.resolver';
export { CoverageResolver } from './coverage.resolver';
export { CoverageService } from './coverage.service';
export { ChamberTally, OrganizationTally } from './tally.entity';
export { createTallyTriggers, dropTallyTriggers, recountKeptInSubtree, recountTallies } from './tallies';
export { EligibilityResolver } from './eligibility.resolver';
export { FOCUS_AREAS, FocusArea } from './focus-area';
export { OVERDUE_NAMES, homeDashboard } from './home.service';
export { HomeResolver } from './home.resolver';
export { LetterService } from './letter.service';
export { ResponsibilityLetter } from './letter.entity';
export { LetterResolver } from './letter.resolver';
export { Meeting, MeetingRequirement, MeetingStatus, MeetingType, MeetingYear, MeetingBand } from './meeting.entity';
export { MeetingResolver } from './meeting.resolver';
export { DEFAULT_REQUIREMENTS, notHeldBy, periodsOf } from './meeting.rules';
export { MeetingService, organizationUsesByOversight, requirementsIn, tallyMeetings } from './meeting.service';
export { recountBands } from './meeting.bands';
export { RectificationCase } from './rectification.entity';
export { RectificationService } from './rectification.service';
export { RectificationResolver } from './rectification.resolver';
export { venuePhotoRoutes } from './venue.routes';
export { Venue, VenueChecklistItem, VenuePhoto, VenueStandard } from './venue.entity';
export { VenueResolver } from './venue.resolver';
export { DEFAULT_CHECKLISTS } from './venue.rules';
export { VenueService, markPassingVenues } from './venue.service';
