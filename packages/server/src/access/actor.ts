import type { Viewer } from './viewer';

/**
 * On whose behalf a service acts: a signed-in viewer (scoped, audited under their
 * name), or the system itself (start-up seeding, scripts), which is neither.
 */
export interface Actor {
  viewer: Viewer | null;
  system: boolean;
  requestId: string | null;
  ip: string | null;
}

export const SYSTEM_ACTOR: Actor = { viewer: null, system: true, requestId: null, ip: null };

export function requestActor(viewer: Viewer | null, requestId: string, ip: string | null): Actor {
  return { viewer, system: false, requestId, ip };
}

/** The name a record keeps of who made it: the signed-in user's display name, `system` for the system itself. */
export function actorDisplayName(actor: Actor): string | null {
  return actor.viewer?.user.displayName ?? (actor.system ? 'system' : null);
}
