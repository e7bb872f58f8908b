import type { GuildhallClient } from '@guildhall/client';
import type { Identifier } from 'react-admin';
import type { Translate } from '../apiErrors';

export type Values = Record<string, unknown>;

export interface ListVariables {
  page: number;
  perPage: number;
  sortField?: string;
  sortOrder?: string;
  filter: Values;
}

/** What the data provider needs to know about one resource: its SDK calls and its writable fields. */
export interface ResourceHandler {
  /** Fields a create sends (when filled). */
  createFields: readonly string[];
  /** Fields an update may send (when changed). */
  updateFields: readonly string[];
  /** Text limits, to word length problems. */
  maxLengths: Record<string, number>;
  /** Puts form values in the shape the server takes, before a create and before comparing for an update. */
  normalize?(values: Values): Values;
  list(variables: ListVariables): Promise<{ items: Values[]; total: number }>;
  get(id: string): Promise<Values>;
  byIds(ids: string[]): Promise<Values[]>;
  create?(fields: Values): Promise<Values>;
  update?(id: string, version: number, changes: Values): Promise<Values>;
  delete?(id: string, version?: number): Promise<Values>;
  archive?(id: string, version: number): Promise<Values>;
  restore?(id: string, version: number): Promise<Values>;
}

export interface VersionedParams {
  id: Identifier;
  previousData: { version: number };
}

/** What every resource's own methods share: the SDK, the error mapping, and fetch for the REST endpoints. */
export interface ProviderContext {
  client: GuildhallClient;
  translate: Translate;
  /** For the REST endpoints beside GraphQL (photo uploads): the browser's fetch, with the session cookie. */
  fetch: typeof fetch;
  /** Runs a call and maps API errors; `formFields` are the inputs whose problems belong on the form. */
  call<T>(resource: string, run: (handler: ResourceHandler) => Promise<T>, formFields?: readonly string[]): Promise<T>;
}

// react-admin's methods are generic in the record type their caller expects; the SDK's own
// types are checked up to this point, and this only hands the record over to that generic.
export function asRecord(item: unknown): never {
  return item as never;
}

/** A page of a list as the handlers give it: the rows and the count of all of them. */
export async function counted<T extends Values>(page: Promise<{ items: T[]; total: { count: number } }>): Promise<{ items: T[]; total: number }> {
  const { items, total } = await page;
  return { items, total: total.count };
}

/** A write whose answer the page does not need. */
export async function done(write: Promise<unknown>): Promise<void> {
  await write;
}
