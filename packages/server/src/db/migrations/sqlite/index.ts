import { Initial1795754999198 } from './1795754999198-initial';
import { AccountsAndAudit1795756817414 } from './1795756817414-accounts-and-audit';
import { ListOrderIndex1795757446369 } from './1795757446369-list-order-index';
import { People1795763460288 } from './1795763460288-people';
import { DevelopmentCases1795764030626 } from './1795764030626-development-cases';
import { Training1795765214432 } from './1795765214432-training';
import { Exemplars1795768486244 } from './1795768486244-exemplars';
import { Meetings1795768978996 } from './1795768978996-meetings';
import { Rectification1795769197157 } from './1795769197157-rectification';
import { Venues1795770475074 } from './1795770475074-venues';
import { ResponsibilityLetters1795771409193 } from './1795771409193-responsibility-letters';
import { Assessments1795771609331 } from './1795771609331-assessments';
import { TermsAndRules1795773216333 } from './1795773216333-terms-and-rules';
import { JointBranchEnterprises1795773693752 } from './1795773693752-joint-branch-enterprises';
import { VenuePhotos1795774106882 } from './1795774106882-venue-photos';
import { HomePageIndexes1795777122928 } from './1795777122928-home-page-indexes';
import { UniquenessProbes1795780000000 } from './1795780000000-uniqueness-probes';
import { TokenExpiry1795782000000 } from './1795782000000-token-expiry';
import { PaperNotices1795800000000 } from './1795800000000-paper-notices';
import { ExemplarNotices1795810000000 } from './1795810000000-exemplar-notices';
import { SharedState1795820000000 } from './1795820000000-shared-state';
import { CredentialEpoch1795830000000 } from './1795830000000-credential-epoch';
import { Reminders1795840000000 } from './1795840000000-reminders';
import { ReminderChannels1795850000000 } from './1795850000000-reminder-channels';
import { LeapDayAnniversaries1795790000000 } from './1795790000000-leap-day-anniversaries';

/** SQLite migrations, oldest first. */
export const sqliteMigrations = [Initial1795754999198, AccountsAndAudit1795756817414, ListOrderIndex1795757446369, People1795763460288, DevelopmentCases1795764030626, Training1795765214432, Exemplars1795768486244, Meetings1795768978996, Rectification1795769197157, Venues1795770475074, ResponsibilityLetters1795771409193, Assessments1795771609331, TermsAndRules1795773216333, JointBranchEnterprises1795773693752, VenuePhotos1795774106882, HomePageIndexes1795777122928, UniquenessProbes1795780000000, TokenExpiry1795782000000, LeapDayAnniversaries1795790000000, PaperNotices1795800000000, ExemplarNotices1795810000000, SharedState1795820000000, CredentialEpoch1795830000000, Reminders1795840000000, ReminderChannels1795850000000];
