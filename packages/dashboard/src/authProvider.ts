import type { GuildhallClient, ViewerDetailFragment } from '@guildhall/client';
import type { AuthProvider, UserIdentity } from 'react-admin';
import { canAccessWith } from './access';
import { toHttpError, type Translate } from './apiErrors';

export type Viewer = ViewerDetailFragment;

/** What `useGetIdentity` returns: react-admin's id and name, and what the account page shows. */
export interface Identity extends UserIdentity {
  username: string;
  role: Viewer['user']['role'];
  organization: Viewer['user']['organization'];
  /** Unread reminders when the viewer was last read: the app bar's count without a request of its own. */
  unreadReminders: number;
}

function signedOut(): Error {
  // `message: false` keeps react-admin from showing a notification on the way to the sign-in page.
  return Object.assign(new Error('Not signed in'), { message: false as unknown as string });
}

/**
 * Sessions live in an HttpOnly cookie the server sets on sign-in; this provider only asks the
 * server who is signed in (`me`) and keeps the answer for identity and permission checks.
 *
 * The answer is kept for the page's life: signing in gives it (the sign-in's own answer is the
 * viewer), so the first page after 登录 waits on no further request; otherwise the first check
 * asks `me` once. It is forgotten on signing out and on any request refused with a 401 (a
 * session that expired or was ended elsewhere): the next check asks the server again.
 */
export function createAuthProvider(client: GuildhallClient, translate: Translate, { onSignIn }: { onSignIn?: (viewer: Viewer) => string | void } = {}): AuthProvider {
  let viewer: Promise<Viewer | null> | undefined;
  // Whether the server last said someone is signed in here. Signing out asks the server only
  // then: react-admin calls logout on its way to the sign-in page whenever a check finds no
  // session, and a sign-out with no session would be refused (UNAUTHENTICATED) on every visit.
  let sessionKnown = false;

  function currentViewer(): Promise<Viewer | null> {
    if (!viewer) {
      const loading = client.auth.me().then((result) => {
        sessionKnown = result.me !== null;
        // "No one is signed in" is not kept: the sign-in page's checks ask again.
        if (result.me === null && viewer === loading) viewer = undefined;
        return result.me;
      });
      // A failed look-up is not remembered: the next check asks again.
      loading.catch(() => {
        if (viewer === loading) viewer = undefined;
      });
      viewer = loading;
    }
    return viewer;
  }

  async function requireViewer(): Promise<Viewer> {
    const current = await currentViewer();
    if (!current) throw signedOut();
    return current;
  }

  return {
    async login({ username, password }: { username: string; password: string }) {
      try {
        const { signIn } = await client.auth.signIn(username, password);
        viewer = Promise.resolve(signIn);
        sessionKnown = true;
        // Whatever the first page needs may start now, while the app finds its way there; a start
        // page of the viewer's own is gone to directly, not through the home page.
        const startPage = onSignIn?.(signIn);
        return startPage ? { redirectTo: startPage } : undefined;
      } catch (error) {
        viewer = undefined;
        throw toHttpError(error, translate, { resource: 'users', savesNothing: true });
      }
    },

    async logout() {
      viewer = undefined;
      if (!sessionKnown) return;
      sessionKnown = false;
      try {
        await client.auth.signOut();
      } catch {
        // Already signed out (the session expired): the sign-in page comes next either way.
      }
    },

    async checkAuth() {
      // The kept answer: a session ended since shows on the next request (a 401, checkError).
      if (!(await currentViewer())) throw signedOut();
    },

    async checkError(error: { status?: number }) {
      if (error?.status === 401) {
        viewer = undefined;
        sessionKnown = false;
        throw error;
      }
      // 403 and everything else: stay signed in, the page shows the message.
    },

    async getIdentity(): Promise<Identity> {
      const { user, unreadReminders } = await requireViewer();
      return { id: user.id, fullName: user.displayName, username: user.username, role: user.role, organization: user.organization, unreadReminders };
    },

    async getPermissions() {
      return (await currentViewer())?.permissions ?? [];
    },

    async canAccess({ resource, action }) {
      const current = await currentViewer();
      return canAccessWith(current?.permissions ?? [], resource, action);
    },
  };
}
