import type { GuildhallClient } from '@guildhall/client';
import { HttpError } from 'react-admin';
import { canAccessWith } from './access';
import { createAuthProvider } from './authProvider';
import { i18nProvider } from './i18n';

function apiError(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return Object.assign(new Error(message), { name: 'ApiError', code, fields: [], extensions: { code, ...extensions } });
}

const coordinator = {
  user: { id: '3', username: 'hunan', displayName: '湖南商会协调员', role: 'COORDINATOR', organizationId: '4', organization: { id: '4', name: '贵州省湖南商会', shortName: '湖南商会' } },
  permissions: ['organization:read', 'organization:write', 'organization:archive', 'audit:read'],
};

function setup(me: unknown = coordinator) {
  const auth = {
    me: jest.fn(async () => ({ me })),
    signIn: jest.fn(async () => ({ signIn: coordinator })),
    signOut: jest.fn(async () => ({ signOut: true })),
    changePassword: jest.fn(),
  };
  i18nProvider.changeLocale('zh');
  const authProvider = createAuthProvider({ auth } as unknown as GuildhallClient, i18nProvider.translate);
  return { authProvider, auth };
}

describe('auth provider', () => {
  it('signs in and then knows the user without asking again', async () => {
    const { authProvider, auth } = setup(null);
    await authProvider.login({ username: 'hunan', password: 'guildhall-demo' });
    expect(auth.signIn).toHaveBeenCalledWith('hunan', 'guildhall-demo');
    await expect(authProvider.getIdentity!()).resolves.toMatchObject({ id: '3', fullName: '湖南商会协调员', role: 'COORDINATOR' });
    expect(auth.me).not.toHaveBeenCalled();
  });

  it('turns wrong credentials into a 401 and a lock into a 429 with the time', async () => {
    const { authProvider, auth } = setup(null);
    auth.signIn.mockRejectedValueOnce(apiError('UNAUTHENTICATED', 'wrong username or password'));
    await expect(authProvider.login({ username: 'x', password: 'y' })).rejects.toMatchObject({ status: 401 });
    auth.signIn.mockRejectedValueOnce(apiError('RATE_LIMITED', 'locked', { reason: 'locked', lockedUntil: '2030-01-01T00:00:00.000Z', retryAfterSeconds: 900 }));
    const error = (await authProvider.login({ username: 'x', password: 'y' }).catch((e: unknown) => e)) as HttpError;
    expect(error.status).toBe(429);
    expect(error.body).toMatchObject({ reason: 'locked', lockedUntil: '2030-01-01T00:00:00.000Z' });
  });

  it('says the service is unavailable when signing in got no answer', async () => {
    const { authProvider, auth } = setup(null);
    auth.signIn.mockRejectedValueOnce(apiError('SERVICE_UNAVAILABLE', 'fetch failed', { outcome: 'unknown' }));
    await expect(authProvider.login({ username: 'x', password: 'y' })).rejects.toMatchObject({ status: 503, message: '服务暂时不可用，请稍后再试。' });
  });

  it('asks the server on each check and refuses when no one is signed in', async () => {
    const { authProvider, auth } = setup(null);
    await expect(authProvider.checkAuth({})).rejects.toMatchObject({ message: false });
    auth.me.mockResolvedValueOnce({ me: coordinator });
    await expect(authProvider.checkAuth({})).resolves.toBeUndefined();
    expect(auth.me).toHaveBeenCalledTimes(2);
  });

  it('after signing in, checks, identity and permissions ask the server nothing more', async () => {
    const { authProvider, auth } = setup(null);
    await authProvider.login({ username: 'hunan', password: 'guildhall-demo' });
    // What react-admin does on the way to the first page: a check on '/', another on the page
    // it goes on to, the identity for the menu, the permissions for each resource.
    await authProvider.checkAuth({});
    await authProvider.checkAuth({});
    await authProvider.getIdentity!();
    await expect(authProvider.getPermissions!({})).resolves.toEqual(coordinator.permissions);
    await expect(authProvider.canAccess!({ resource: 'organizations', action: 'list' })).resolves.toBe(true);
    expect(auth.me).not.toHaveBeenCalled();
    expect(auth.signIn).toHaveBeenCalledTimes(1);
  });

  it('hands the sign-in’s answer on once signed in, so the first page’s data can start at once', async () => {
    const auth = { me: jest.fn(), signIn: jest.fn(async () => ({ signIn: coordinator })), signOut: jest.fn(), changePassword: jest.fn() };
    const onSignIn = jest.fn();
    const authProvider = createAuthProvider({ auth } as unknown as GuildhallClient, i18nProvider.translate, { onSignIn });
    auth.signIn.mockRejectedValueOnce(apiError('UNAUTHENTICATED', 'wrong username or password'));
    await expect(authProvider.login({ username: 'x', password: 'y' })).rejects.toMatchObject({ status: 401 });
    expect(onSignIn).not.toHaveBeenCalled();
    await authProvider.login({ username: 'hunan', password: 'guildhall-demo' });
    expect(onSignIn).toHaveBeenCalledTimes(1);
    expect(onSignIn).toHaveBeenCalledWith(coordinator);
  });

  it('on a page opened with a session, asks `me` once and keeps the answer', async () => {
    const { authProvider, auth } = setup();
    // Checks made together share one request.
    await Promise.all([authProvider.checkAuth({}), authProvider.checkAuth({}), authProvider.getPermissions!({})]);
    await authProvider.checkAuth({});
    await authProvider.getIdentity!();
    expect(auth.me).toHaveBeenCalledTimes(1);
  });

  it('asks again after a 401 (the session ended elsewhere) and after signing out', async () => {
    const { authProvider, auth } = setup();
    await authProvider.checkAuth({});
    expect(auth.me).toHaveBeenCalledTimes(1);
    await expect(authProvider.checkError(new HttpError('sign in', 401))).rejects.toMatchObject({ status: 401 });
    auth.me.mockResolvedValueOnce({ me: null });
    await expect(authProvider.checkAuth({})).rejects.toMatchObject({ message: false });
    expect(auth.me).toHaveBeenCalledTimes(2);
    await authProvider.checkAuth({});
    expect(auth.me).toHaveBeenCalledTimes(3);
    await authProvider.logout({});
    auth.me.mockResolvedValueOnce({ me: null });
    await expect(authProvider.checkAuth({})).rejects.toMatchObject({ message: false });
    expect(auth.me).toHaveBeenCalledTimes(4);
    // A 403 keeps the session and its answer.
    await authProvider.checkAuth({});
    await authProvider.checkError(new HttpError('forbidden', 403));
    await authProvider.checkAuth({});
    expect(auth.me).toHaveBeenCalledTimes(5);
  });

  it('signs out on 401 only', async () => {
    const { authProvider } = setup();
    await expect(authProvider.checkError(new HttpError('forbidden', 403))).resolves.toBeUndefined();
    await expect(authProvider.checkError(new HttpError('not found', 404))).resolves.toBeUndefined();
    await expect(authProvider.checkError(new HttpError('sign in', 401))).rejects.toMatchObject({ status: 401 });
  });

  it('forgets the user on sign-out, even when the session had already ended', async () => {
    const { authProvider, auth } = setup();
    await authProvider.getPermissions!({});
    auth.signOut.mockRejectedValueOnce(apiError('UNAUTHENTICATED', 'not signed in'));
    await expect(authProvider.logout({})).resolves.toBeUndefined();
    auth.me.mockResolvedValueOnce({ me: null });
    await expect(authProvider.getPermissions!({})).resolves.toEqual([]);
  });

  it('asks the server to sign out only when a session is known: not on the way to the sign-in page', async () => {
    const { authProvider, auth } = setup(null);
    await expect(authProvider.checkAuth({})).rejects.toMatchObject({ message: false });
    await authProvider.logout({});
    expect(auth.signOut).not.toHaveBeenCalled();
    await authProvider.login({ username: 'hunan', password: 'guildhall-demo' });
    await authProvider.logout({});
    expect(auth.signOut).toHaveBeenCalledTimes(1);
    // A session the server ended (401 on a request) is not signed out again.
    auth.me.mockResolvedValueOnce({ me: coordinator });
    await authProvider.checkAuth({});
    await expect(authProvider.checkError(new HttpError('sign in', 401))).rejects.toMatchObject({ status: 401 });
    await authProvider.logout({});
    expect(auth.signOut).toHaveBeenCalledTimes(1);
    // A fresh load with a session: signing out reaches the server.
    const fresh = setup();
    await fresh.authProvider.checkAuth({});
    await fresh.authProvider.logout({});
    expect(fresh.auth.signOut).toHaveBeenCalledTimes(1);
  });

  it('lets a coordinator manage organizations but not users, and read the audit trail', async () => {
    const { authProvider } = setup();
    const can = (resource: string, action: string) => authProvider.canAccess!({ resource, action });
    await expect(can('organizations', 'list')).resolves.toBe(true);
    await expect(can('organizations', 'edit')).resolves.toBe(true);
    await expect(can('organizations', 'delete')).resolves.toBe(true);
    await expect(can('organizations', 'setStatus')).resolves.toBe(false);
    await expect(can('users', 'list')).resolves.toBe(false);
    await expect(can('auditEntries', 'list')).resolves.toBe(true);
    await expect(can('auditEntries', 'delete')).resolves.toBe(false);
  });
});

describe('access rules', () => {
  it('refuses what has no rule', () => {
    expect(canAccessWith(['organization:read'], 'people', 'list')).toBe(false);
    expect(canAccessWith(['organization:read'], 'organizations', 'export')).toBe(false);
  });

  it('gives staff write access without archive or status', () => {
    const staff = ['organization:read', 'organization:write'];
    expect(canAccessWith(staff, 'organizations', 'create')).toBe(true);
    expect(canAccessWith(staff, 'organizations', 'archive')).toBe(false);
    expect(canAccessWith(staff, 'organizations', 'delete')).toBe(false);
    expect(canAccessWith(staff, 'auditEntries', 'list')).toBe(false);
  });

  it('lets staff keep people up to date, without archiving them or reading national ids', () => {
    const staff = ['organization:read', 'organization:write', 'person:read', 'person:write'];
    for (const action of ['list', 'show', 'create', 'edit']) expect(canAccessWith(staff, 'people', action)).toBe(true);
    for (const action of ['archive', 'restore', 'delete', 'readNationalId']) expect(canAccessWith(staff, 'people', action)).toBe(false);
  });

  it('lets a coordinator archive people and read national ids, and an assessor only read', () => {
    const coordinator = ['organization:read', 'person:read', 'person:write', 'person:archive', 'person:readNationalId'];
    for (const action of ['archive', 'restore', 'delete', 'readNationalId']) expect(canAccessWith(coordinator, 'people', action)).toBe(true);
    const assessor = ['organization:read', 'audit:read', 'person:read'];
    expect(canAccessWith(assessor, 'people', 'list')).toBe(true);
    for (const action of ['create', 'edit', 'archive', 'delete', 'readNationalId']) expect(canAccessWith(assessor, 'people', action)).toBe(false);
  });

  it('gives a trainee nothing', () => {
    for (const [resource, action] of [['organizations', 'list'], ['people', 'list'], ['users', 'list'], ['auditEntries', 'list']]) {
      expect(canAccessWith([], resource, action)).toBe(false);
    }
  });
});
