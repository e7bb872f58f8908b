import { Initial1795754999715 } from './1795754999715-initial';
import { AccountsAndAudit1795756817963 } from './1795756817963-accounts-and-audit';
import { ListOrderIndex1795757447073 } from './1795757447073-list-order-index';
import { People1795763460637 } from './1795763460637-people';
import { DevelopmentCases1795764031118 } from './1795764031118-development-cases';
import { Training1795765214924 } from './1795765214924-training';
import { Exemplars1795768486677 } from './1795768486677-exemplars';
import { Meetings1795768979650 } from './1795768979650-meetings';
import { Rectification1795769198410 } from './1795769198410-rectification';
import { Venues1795770475879 } from './1795770475879-venues';
import { ResponsibilityLetters1795771409995 } from './1795771409995-responsibility-letters';
import { Assessments1795771610144 } from './1795771610144-assessments';
import { TermsAndRules1795773217136 } from './1795773217136-terms-and-rules';
import { JointBranchEnterprises1795773694652 } from './1795773694652-joint-branch-enterprises';
import { VenuePhotos1795774108868 } from './1795774108868-venue-photos';
import { HomePageIndexes1795777123644 } from './1795777123644-home-page-indexes';
import { UniquenessProbes1795780000000 } from './1795780000000-uniqueness-probes';
import { TokenExpiry1795782000000 } from './1795782000000-token-expiry';
import { PaperNotices1795800000000 } from './1795800000000-paper-notices';
import { ExemplarNotices1795810000000 } from './1795810000000-exemplar-notices';
import { SharedState1795820000000 } from './1795820000000-shared-state';
import { CredentialEpoch1795830000000 } from './1795830000000-credential-epoch';
import { Reminders1795840000000 } from './1795840000000-reminders';
import { ReminderChannels1795850000000 } from './1795850000000-reminder-channels';
import { ReminderRuleChannels1795860000000 } from './1795860000000-reminder-rule-channels';
import { LeapDayAnniversaries1795790000000 } from '../sqlite/1795790000000-leap-day-anniversaries';

/** MySQL / MariaDB migrations, oldest first. */
export const mysqlMigrations = [Initial1795754999715, AccountsAndAudit1795756817963, ListOrderIndex1795757447073, People1795763460637, DevelopmentCases1795764031118, Training1795765214924, Exemplars1795768486677, Meetings1795768979650, Rectification1795769198410, Venues1795770475879, ResponsibilityLetters1795771409995, Assessments1795771610144, TermsAndRules1795773217136, JointBranchEnterprises1795773694652, VenuePhotos1795774108868, HomePageIndexes1795777123644, UniquenessProbes1795780000000, TokenExpiry1795782000000, LeapDayAnniversaries1795790000000, PaperNotices1795800000000, ExemplarNotices1795810000000, SharedState1795820000000, CredentialEpoch1795830000000, Reminders1795840000000, ReminderChannels1795850000000, ReminderRuleChannels1795860000000];
