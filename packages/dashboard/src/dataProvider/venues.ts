import type { CreateVenueMutationVariables, InspectVenueMutationVariables, VenuesOfQuery } from '@guildhall/client';
import type { Identifier } from 'react-admin';
import { postPhoto } from './photos';
import { done, type ProviderContext } from './resource';

export type VenuesOfUnit = VenuesOfQuery;

/** A unit's activity venues; like the other oversight calls, their problems are worded as the meetings'. */
export interface VenueMethods {
  /** A unit's venues with checks and photos, and the checklists in force. */
  venuesOf(params: { organizationId: Identifier }): Promise<{ data: VenuesOfUnit }>;
  createVenue(params: CreateVenueMutationVariables): Promise<void>;
  inspectVenue(params: InspectVenueMutationVariables): Promise<void>;
  uploadVenuePhoto(params: { id: Identifier; file: Blob }): Promise<void>;
  removeVenuePhoto(params: { id: Identifier }): Promise<void>;
}

export function venueMethods({ client, call, fetch }: ProviderContext): VenueMethods {
  return {
    venuesOf: (params) => call('meetings', async () => ({ data: await client.oversight.venuesOf(String(params.organizationId)) })),

    createVenue: (params) => call('meetings', () => done(client.oversight.createVenue(params)), ['name', 'standard', 'address', 'areaSqm']),

    inspectVenue: (params) => call('meetings', () => done(client.oversight.inspectVenue(params)), ['checkedOn', 'checks']),

    uploadVenuePhoto: (params) => call('meetings', () => done(postPhoto(fetch, `/venues/${encodeURIComponent(String(params.id))}/photos`, params.file)), ['photo']),

    removeVenuePhoto: (params) => call('meetings', () => done(client.oversight.removeVenuePhoto(String(params.id)))),
  };
}
