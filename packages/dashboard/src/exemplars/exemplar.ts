import { FILTER_KEYS, MAX_LENGTHS as SERVER_MAX_LENGTHS, STORY_CHARS, UPLOAD_LIMITS } from '@guildhall/client';
import type { ExemplarByIdQuery, ExemplarCategory, ExemplarItemFragment, ExemplarRevisionDiffQuery, ExemplarState, OrganizationKind, RevisionItemFragment } from '@guildhall/client';
import type { RuleFailure, Translate } from '../apiErrors';
import { KINDS } from '../organizations/kinds';

export const DASH = '—';

export type ExemplarRevision = RevisionItemFragment;
export type RevisionChange = ExemplarRevisionDiffQuery['changes'][number];
export type Publicity = RevisionItemFragment['publicity'][number];
export type Photo = NonNullable<RevisionItemFragment['photo']>;

/** The content fields of a revision, as the forms and the list read them from the record itself. */
export type ExemplarContent = {
  category: ExemplarCategory | null;
  title: string;
  citation: string;
  story: string;
  awards: string[];
  publicity: Publicity[];
  photo: Photo | null;
};

/**
 * A profile as the dashboard holds it: the server's record, with the content of the revision it
 * shows (the one being worked on, else the published one) on the record itself, for the list and
 * the forms. The show page also has every revision.
 */
export type Exemplar = ExemplarItemFragment & ExemplarContent & Partial<Pick<NonNullable<ExemplarByIdQuery['item']>, 'revisions' | 'createdAt'>>;

/** From the people held up as models to the organizations. */
export const EXEMPLAR_CATEGORIES: readonly ExemplarCategory[] = ['PARTY_MEMBER', 'PARTY_WORKER', 'ENTREPRENEUR', 'INSTRUCTOR', 'PARTY_ORGANIZATION'];
/** The categories of a person; an organization is a 先进基层党组织. */
export const PERSON_CATEGORIES: readonly ExemplarCategory[] = ['PARTY_MEMBER', 'PARTY_WORKER', 'ENTREPRENEUR', 'INSTRUCTOR'];
export const ORGANIZATION_CATEGORIES: readonly ExemplarCategory[] = ['PARTY_ORGANIZATION'];

/** The states a profile goes through, in order; SUPERSEDED is a revision's only. */
export const EXEMPLAR_STATES: readonly ExemplarState[] = ['DRAFT', 'IN_REVIEW', 'NOTICE', 'PUBLISHED', 'WITHDRAWN', 'SUPERSEDED'];
/** What the list's state filter offers (the state of a profile, not of a revision). */
export const PROFILE_STATES: readonly ExemplarState[] = ['DRAFT', 'IN_REVIEW', 'NOTICE', 'PUBLISHED', 'WITHDRAWN'];

/** The server's own guards for the workflow (GUARD_FAILED / NOTICE_OPEN `rule`). */
export const EXEMPLAR_RULES = ['stateOrder', 'noticeRunning'] as const;

/** Fields an uploaded photo can be refused on (BAD_USER_INPUT `constraint` of the field `photo`). */
export const PHOTO_CONSTRAINTS = ['photoEmpty', 'photoType', 'photoCorrupt', 'photoDimensions', 'photoTooLarge'] as const;

/** Photos larger than this are refused before they are sent (the server answers 413). */
export const MAX_PHOTO_BYTES = UPLOAD_LIMITS.photoBytes;
export const PHOTO_TYPES = 'image/jpeg,image/png,image/webp';

/** Organizations that may be profiled: anything but the department and the coordination group. */
export const SUBJECT_ORGANIZATION_KINDS: readonly OrganizationKind[] = KINDS.filter((kind) => kind !== 'AGENCY' && kind !== 'COORDINATION_GROUP');

export const categoryChoices = EXEMPLAR_CATEGORIES.map((category) => ({ id: category, name: `guildhall.exemplarCategories.${category}` }));
export const profileStateChoices = PROFILE_STATES.map((state) => ({ id: state, name: `guildhall.exemplarStates.${state}` }));

export const EXEMPLAR_UPDATE_FIELDS = ['category', 'title', 'citation', 'story', 'awards', 'publicity'] as const;
export const EXEMPLAR_CREATE_FIELDS = ['personId', 'subjectOrganizationId', ...EXEMPLAR_UPDATE_FIELDS] as const;
export const EXEMPLAR_FILTER_KEYS = FILTER_KEYS.allExemplars;

/** Text limits, as the server checks them (the story counts its text, not its markup). */
// From the server's contract (generated into @guildhall/client): the server refuses past these.
export const EXEMPLAR_MAX_LENGTHS: Readonly<Record<string, number>> = {
  ...SERVER_MAX_LENGTHS.createExemplar,
  ...SERVER_MAX_LENGTHS.submitExemplarForReview,
  // The story is checked as text, tags dropped (the HTML may be longer).
  story: STORY_CHARS,
};

/** The notice channels an approval takes, as the server checks them. */
export const APPROVAL_MAX_LENGTHS: Readonly<Record<string, number>> = SERVER_MAX_LENGTHS.approveExemplar;

/** The content a profile shows: the working revision, else the published one. */
export function shownRevision(record: Pick<ExemplarItemFragment, 'workingRevision' | 'publishedRevision'>): ExemplarRevision | null {
  return record.workingRevision ?? record.publishedRevision ?? null;
}

/** The server's record with the shown revision's content on it (see `Exemplar`). */
export function withContent<T extends ExemplarItemFragment>(record: T): T & ExemplarContent {
  const revision = shownRevision(record);
  return {
    ...record,
    category: revision?.category ?? null,
    title: revision?.title ?? '',
    citation: revision?.citation ?? '',
    story: revision?.story ?? '',
    awards: revision?.awards ?? [],
    publicity: revision?.publicity ?? [],
    photo: revision?.photo ?? null,
  };
}

const blankToNull = (value: unknown) => (typeof value === 'string' ? (value.trim() === '' ? null : value.trim()) : (value ?? null));

/** An empty editor leaves an empty paragraph behind: that is no story. */
export function isBlankStory(html: unknown): boolean {
  return typeof html !== 'string' || storyAsText(html) === '';
}

/**
 * Form values as the server takes them: the subject the form's choice names (a person or an
 * organization, never both), awards without empty lines, and publicity items with only their four
 * fields, empty rows dropped and blank links and dates as null.
 */
export function normalizeExemplar(values: Record<string, unknown>): Record<string, unknown> {
  const { subjectType, ...out } = values;
  if (subjectType === 'person') out.subjectOrganizationId = null;
  if (subjectType === 'organization') out.personId = null;
  if (typeof out.story === 'string' && isBlankStory(out.story)) out.story = '';
  if (Array.isArray(values.awards)) {
    out.awards = (values.awards as unknown[]).map((a) => (typeof a === 'string' ? a.trim() : '')).filter(Boolean);
  }
  if (Array.isArray(values.publicity)) {
    out.publicity = (values.publicity as (Record<string, unknown> | null)[])
      .filter((p) => p && (blankToNull(p.outlet) || blankToNull(p.mediaType) || blankToNull(p.link)))
      .map((p) => ({
        outlet: String(blankToNull(p!.outlet) ?? ''),
        mediaType: String(blankToNull(p!.mediaType) ?? ''),
        link: blankToNull(p!.link),
        date: blankToNull(p!.date),
      }));
  }
  return out;
}

/** Only the known filters with a value. */
export function exemplarFilter(filter: Record<string, unknown>): Record<string, unknown> {
  const known: Record<string, unknown> = {};
  for (const key of EXEMPLAR_FILTER_KEYS) {
    const value = filter[key];
    if (value !== undefined && value !== null && value !== '') known[key] = value;
  }
  return known;
}

/** A story's text, for the diff view: tags dropped, entities read, blank runs folded. */
export function storyAsText(html: string | null | undefined): string {
  if (!html) return '';
  return html
    .replace(/<\/(p|h[1-6]|li|blockquote)>/gi, '$&\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n')
    .trim();
}

export type ExemplarStep = 'submit' | 'approve' | 'return' | 'publish' | 'withdraw';

/** The steps that need a note (the reason goes to the author, or on the record). */
export const NOTE_STEPS: readonly ExemplarStep[] = ['return', 'withdraw'];

type WorkflowFields = Pick<ExemplarItemFragment, 'publishedRevisionId' | 'withdrawnAt'> & { workingRevision: Pick<ExemplarRevision, 'state'> | null };

/**
 * The workflow steps a profile offers (before permissions), by its working revision's state, as
 * the server orders them; a published profile can be withdrawn, also while a new revision is written.
 */
export function stepsFor(record: WorkflowFields): ExemplarStep[] {
  const steps: ExemplarStep[] = [];
  const working = record.workingRevision?.state;
  if (working === 'DRAFT') steps.push('submit');
  if (working === 'IN_REVIEW') steps.push('approve', 'return');
  if (working === 'NOTICE') steps.push('publish', 'return');
  if (record.publishedRevisionId && !record.withdrawnAt) steps.push('withdraw');
  return steps;
}

/** Whether the content can be changed now: not while a revision is reviewed or on notice. */
export function editable(record: { workingRevision: Pick<ExemplarRevision, 'state'> | null }): boolean {
  const working = record.workingRevision?.state;
  return working !== 'IN_REVIEW' && working !== 'NOTICE';
}

/** Whether a change makes a new revision: the public keeps the published one until the new one is published. */
export function makesNewRevision(record: Pick<ExemplarItemFragment, 'publishedRevisionId' | 'workingRevisionId'>): boolean {
  return !!record.publishedRevisionId && !record.workingRevisionId;
}

/** Whether the public sees the profile. */
export function isPublic(record: Pick<ExemplarItemFragment, 'publishedRevisionId' | 'withdrawnAt'>): boolean {
  return !!record.publishedRevisionId && !record.withdrawnAt;
}

/** The profile's public page, served by the server (published profiles only). */
export function publicExemplarUrl(id: string): string {
  return `/public/exemplars/${encodeURIComponent(id)}`;
}

/** Where a photo is sent: the raw image as the body, with the version that was read. */
export function photoUploadUrl(id: string, version: number): string {
  return `/exemplars/${encodeURIComponent(id)}/photo?version=${version}`;
}

/** The list filtered to what waits for a reviewer. */
export const REVIEW_QUEUE_FILTER = { state: 'IN_REVIEW' } as const;
export const reviewQueuePath = `/exemplars?filter=${encodeURIComponent(JSON.stringify(REVIEW_QUEUE_FILTER))}`;

/** A changed value of the diff as it reads: categories named, the story as its text, the photo by number. */
export function diffValue(field: string, value: string | null, translate: Translate): string {
  if (value === null || value === '') return DASH;
  if (field === 'category') return translate(`guildhall.exemplarCategories.${value}`, { _: value });
  if (field === 'story') return storyAsText(value);
  if (field === 'photoId') return translate('resources.exemplars.diff.photo', { id: value });
  return value;
}

/**
 * Why a step was refused, in the user's words: a notice still running names its last day and the
 * day the profile can be published; anything else as the data provider worded it.
 */
export function refusalText(error: unknown, record: Pick<ExemplarItemFragment, 'workingRevision'>, translate: Translate): string {
  const failures = (error as { body?: { failures?: RuleFailure[] } }).body?.failures;
  const notice = failures?.find((f) => f.rule === 'noticeRunning');
  if (notice?.earliestDate) {
    return translate('resources.exemplars.errors.noticeOpen', { date: notice.earliestDate, endsOn: record.workingRevision?.noticeEndsOn ?? DASH });
  }
  return error instanceof Error ? error.message : String(error);
}
