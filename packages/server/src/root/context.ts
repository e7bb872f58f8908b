import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { serialize as serializeCookie, type CookieSerializeOptions } from 'cookie';
import proxyaddr from 'proxy-addr';
import { requestActor, type Actor } from '../access/actor';
import type { Viewer } from '../access/viewer';
import type { AuthService } from '../accounts';
import { SESSION_COOKIE } from '../accounts';
import { UserService } from '../accounts';
import { AuditQueryService } from '../audit-trail';
import type { Database } from '../db/database';
import type { GraphQLContext, Loaders, Services } from '../kernel/context';
import { createOrganizationLoaders, type OrganizationLoaders } from '../organizations';
import { OrganizationService } from '../organizations';
import type { PersonalDataCipher } from '../people';
import { PersonService } from '../people';
import { PersonImportService } from '../people';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { createCaseLoaders, type CaseLoaders } from '../development';
import { createPeopleLoaders, type PeopleLoaders } from '../people';
import { DevelopmentCaseService, MaterialService } from '../development';
import { createNoticeLoaders, type NoticeLoaders } from '../development';
import { NoticeService } from '../development';
import { ReportService } from '../development';
import { EnrollmentService } from '../training';
import { createTrainingLoaders, type TrainingLoaders } from '../training';
import { createUserLoaders, type UserLoaders } from '../accounts';
import { TrainingService } from '../training';
import { createExemplarLoaders, ExemplarService, type ExemplarLoaders } from '../exemplars';
import { MeetingService } from '../oversight';
import { CoverageService } from '../oversight';
import { RectificationService } from '../oversight';
import { VenueService } from '../oversight';
import { AssessmentService } from '../oversight';
import { LetterService } from '../oversight';
import { RulesService } from '../organizations';
import { JointBranchService } from '../organizations';
import { recomputeTerms } from '../organizations';
import type { FileStore } from '../db/file-store';
import { personUsesByCases } from '../development';
import { ReminderService } from '../reminders';
import { organizationUsesByOversight } from '../oversight';

/** Which module supplies each service and loader every request carries (kernel/context.ts names the shape). */
declare module '../kernel/context' {
  interface Services {
    auth: AuthService;
    organizations: OrganizationService;
    users: UserService;
    audit: AuditQueryService;
    people: PersonService;
    personImport: PersonImportService;
    cases: DevelopmentCaseService;
    materials: MaterialService;
    notices: NoticeService;
    reports: ReportService;
    training: TrainingService;
    enrollments: EnrollmentService;
    exemplars: ExemplarService;
    meetings: MeetingService;
    coverage: CoverageService;
    rectifications: RectificationService;
    venues: VenueService;
    letters: LetterService;
    assessments: AssessmentService;
    rules: RulesService;
    jointBranches: JointBranchService;
    reminders: ReminderService;
  }

  interface Loaders {
    organizations: OrganizationLoaders;
    people: PeopleLoaders;
    cases: CaseLoaders;
    notices: NoticeLoaders;
    training: TrainingLoaders;
    users: UserLoaders;
    exemplars: ExemplarLoaders;
  }
}

export interface ContextDeps {
  db: Database;
  auth: AuthService;
  cipher: PersonalDataCipher;
  /** Per-address limit on reports filed online. */
  reportLimiter: RateLimiterAbstract;
  /** Per-account limit on check-in code attempts. */
  checkInLimiter: RateLimiterAbstract;
  /** Uploaded files (photos), kept in the database. */
  files: FileStore;
  secureCookies: 'auto' | boolean;
  /** Which proxies' forwarded headers to believe: Express's compiled `trust proxy` setting. */
  trustProxy: TrustProxy;
  /** Whether reminders go by e-mail, and from which hour (docs/operations.md, "Reminders"). */
  reminderChannels: { emailConfigured: boolean; digestHour: number };
}

/** Whether the proxy at this address, `hop` steps from the server, is believed about the client. */
export type TrustProxy = (address: string, hop: number) => boolean;

/** The client's address, as Express's `req.ip` gives it, for any Node request. */
export function clientAddress(req: IncomingMessage, trust: TrustProxy): string | null {
  return proxyaddr(req, trust) || null;
}

/** Whether the client reached the service over HTTPS, as Express's `req.secure` tells it. */
export function isSecure(req: IncomingMessage, trust: TrustProxy): boolean {
  const direct = (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
  if (!trust(req.socket.remoteAddress ?? '', 0)) return direct === 'https';
  const forwarded = req.headers['x-forwarded-proto'];
  const header = (Array.isArray(forwarded) ? forwarded[0] : forwarded) || direct;
  return header.split(',')[0].trim() === 'https';
}

function appendCookie(res: ServerResponse, name: string, value: string, options: CookieSerializeOptions): void {
  res.appendHeader('Set-Cookie', serializeCookie(name, value, options));
}

function readCookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key !== name) continue;
    // A value that is not valid percent-encoding is no session, not a fault of the server's.
    try {
      return decodeURIComponent(value.join('='));
    } catch {
      return null;
    }
  }
  return null;
}

function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match ? match[1] : null;
}

/**
 * A class whose instances make each property on first read, from the input they were made
 * with, and keep it. A request uses one or two of its services and loaders; making all of them
 * for every request (twenty services, eighteen DataLoaders) costs more than a small request.
 * The getters are defined once, on the prototype.
 */
function lazyClass<I, T extends object>(factories: { [K in keyof T]: (input: I, self: T) => T[K] }): new (input: I) => T {
  class Lazy {
    readonly made = new Map<keyof T, unknown>();
    constructor(readonly input: I) {}
  }
  for (const key of Object.keys(factories) as (keyof T & string)[]) {
    Object.defineProperty(Lazy.prototype, key, {
      enumerable: true,
      get(this: Lazy) {
        if (this.made.has(key)) return this.made.get(key);
        const value = factories[key](this.input, this as unknown as T);
        this.made.set(key, value);
        return value;
      },
    });
  }
  return Lazy as unknown as new (input: I) => T;
}

interface Acting {
  deps: ContextDeps;
  actor: Actor;
}

const RequestServices = lazyClass<Acting, Services>({
  auth: ({ deps }) => deps.auth,
  organizations: ({ deps, actor }) => new OrganizationService(deps.db, actor, organizationUsesByOversight),
  users: ({ deps, actor }) => new UserService(deps.db, actor, deps.auth.credentials),
  audit: ({ deps, actor }) => new AuditQueryService(deps.db, actor),
  people: ({ deps, actor }) => new PersonService(deps.db, actor, deps.cipher, personUsesByCases),
  personImport: ({ deps, actor }, self) => new PersonImportService(deps.db, actor, self.people),
  cases: ({ deps, actor }) => new DevelopmentCaseService(deps.db, actor),
  materials: ({ deps, actor }) => new MaterialService(deps.db, actor, deps.files),
  notices: ({ deps, actor }) => new NoticeService(deps.db, actor),
  reports: ({ deps, actor }) => new ReportService(deps.db, actor, deps.cipher, deps.reportLimiter),
  training: ({ deps, actor }) => new TrainingService(deps.db, actor),
  enrollments: ({ deps, actor }, self) => new EnrollmentService(deps.db, actor, self.training, deps.checkInLimiter),
  exemplars: ({ deps, actor }) => new ExemplarService(deps.db, actor, deps.files),
  meetings: ({ deps, actor }) => new MeetingService(deps.db, actor),
  coverage: ({ deps, actor }) => new CoverageService(deps.db, actor),
  rectifications: ({ deps, actor }) => new RectificationService(deps.db, actor),
  venues: ({ deps, actor }) => new VenueService(deps.db, actor, deps.files),
  letters: ({ deps, actor }) => new LetterService(deps.db, actor),
  assessments: ({ deps, actor }) => new AssessmentService(deps.db, actor),
  rules: ({ deps, actor }) => new RulesService(deps.db, actor, recomputeTerms),
  jointBranches: ({ deps, actor }) => new JointBranchService(deps.db, actor),
  reminders: ({ deps, actor }) => new ReminderService(deps.db, actor, deps.reminderChannels, deps.cipher),
});

const RequestLoaders = lazyClass<Acting & { services: Services }, Loaders>({
  organizations: ({ deps, actor }) => createOrganizationLoaders(deps.db, actor),
  people: ({ deps, actor }) => createPeopleLoaders(deps.db, actor),
  cases: ({ deps, actor }) => createCaseLoaders(deps.db, actor),
  notices: ({ deps, actor, services }) => createNoticeLoaders(deps.db, actor, services.notices),
  training: ({ deps, actor }) => createTrainingLoaders(deps.db, actor),
  users: ({ deps }) => createUserLoaders(deps.db),
  exemplars: ({ deps }) => createExemplarLoaders(deps.db),
});

/** A request's context: who asks (from the session cookie or an API token), and services acting for them. */
export async function createContext(deps: ContextDeps, req: IncomingMessage, res: ServerResponse): Promise<GraphQLContext> {
  // Set by the request logger (ops/logger.ts), which also returns it in X-Request-Id.
  const requestId = typeof (req as { id?: unknown }).id === 'string' ? ((req as { id?: string }).id as string) : randomUUID();
  const sessionToken = readCookie(req.headers.cookie, SESSION_COOKIE);
  const apiToken = bearerToken(req.headers.authorization);
  let viewer: Viewer | null = null;
  if (apiToken) viewer = await deps.auth.viewerForApiToken(apiToken);
  else if (sessionToken) viewer = await deps.auth.viewerForSession(sessionToken);

  const actor = requestActor(viewer, requestId, clientAddress(req, deps.trustProxy));
  const secure = deps.secureCookies === 'auto' ? isSecure(req, deps.trustProxy) : deps.secureCookies;
  const cookieOptions = { httpOnly: true, sameSite: 'strict' as const, secure, path: '/' };
  const services = new RequestServices({ deps, actor });
  return {
    requestId,
    db: deps.db,
    actor,
    viewer,
    services,
    loaders: new RequestLoaders({ deps, actor, services }),
    session: {
      token: sessionToken,
      set: (token, expiresAt) => appendCookie(res, SESSION_COOKIE, token, { ...cookieOptions, expires: expiresAt }),
      clear: () => appendCookie(res, SESSION_COOKIE, '', { ...cookieOptions, expires: new Date(1) }),
      actingAs: (signedIn) => {
        const acting = requestActor(signedIn, requestId, actor.ip);
        const actingServices = new RequestServices({ deps, actor: acting });
        return { viewer: signedIn, actor: acting, services: actingServices, loaders: new RequestLoaders({ deps, actor: acting, services: actingServices }) };
      },
    },
  };
}

