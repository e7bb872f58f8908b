import type { IncomingMessage, ServerResponse } from 'node:http';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { AuthService } from '../accounts/auth.service';
import { PersonalDataCipher } from '../people/personal-data';
import { openTestDatabase, type TestDatabase } from '../test/databases';
import { createContext, type ContextDeps } from './context';
import { FileStore } from '../db/file-store';

describe('a request context', () => {
  let t: TestDatabase;
  let deps: ContextDeps;
  const request = () => ({ headers: {}, socket: { remoteAddress: '127.0.0.1' } }) as unknown as IncomingMessage;
  const response = { appendHeader: () => undefined } as unknown as ServerResponse;

  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    deps = {
      db: t.db,
      auth: new AuthService(t.db, { secret: 'a session secret for the context test only', sessionHours: 1 }),
      cipher: new PersonalDataCipher('a data key for the context test only, 32+ chars'),
      reminderChannels: { emailConfigured: false, digestHour: 8 },
      reportLimiter: new RateLimiterMemory({ points: 5, duration: 3600 }),
      checkInLimiter: new RateLimiterMemory({ points: 10, duration: 600 }),
      files: new FileStore(t.db),
      secureCookies: false,
      trustProxy: () => false,
    };
  });
  afterAll(() => t.close());

  it('keeps one of each service and loader for the whole request, and none across requests', async () => {
    const first = await createContext(deps, request(), response);
    const second = await createContext(deps, request(), response);
    // The same DataLoader answers every resolver of one request, so its batches and cache are shared.
    expect(first.loaders.organizations).toBe(first.loaders.organizations);
    expect(first.loaders.organizations.byId).toBe(first.loaders.organizations.byId);
    expect(first.services.organizations).toBe(first.services.organizations);
    expect(first.services.enrollments).toBe(first.services.enrollments);
    // Another request acts for its own caller, with caches of its own.
    expect(second.loaders.organizations).not.toBe(first.loaders.organizations);
    expect(second.services.organizations).not.toBe(first.services.organizations);
    expect(first.services.auth).toBe(deps.auth);
  });

  it('lets a request without credentials read as nobody', async () => {
    const context = await createContext(deps, request(), response);
    expect(context.viewer).toBeNull();
    await expect(context.services.organizations.listPage({}, { parent: false, childCount: false, enterpriseCount: false })).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});
