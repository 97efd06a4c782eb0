import { contentTypes, ItemOptionsSchema, isContentTypeKey } from '@peer-toolkit/core';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { call } from '../api/client.js';

/** An item that a reference can point at, as the picker shows it. */
export interface ReferenceOption {
  id: string;
  title: string;
  /** False until the item has been published: publishing a link to it would be refused. */
  isPublished: boolean;
}

export type LoadReferenceOptions = (collection: string) => Promise<ReferenceOption[]>;

/** Every live item of a collection, in one light request made for pickers. */
export const loadFromApi: LoadReferenceOptions = async (collection) => {
  if (!isContentTypeKey(collection)) return [];
  const { data } = await call('GET', `/admin/content-options/${contentTypes[collection].path}`, {
    schema: ItemOptionsSchema,
  });
  return data.items;
};

export interface OptionsCache {
  get(collection: string): Promise<ReferenceOption[]>;
}

const ReferenceOptionsContext = createContext<OptionsCache | undefined>(undefined);

/** Loads each collection's options once for all the pickers inside it. */
export function ReferenceOptionsProvider({
  load = loadFromApi,
  children,
}: {
  load?: LoadReferenceOptions;
  children: ReactNode;
}) {
  const cache = useMemo<OptionsCache>(() => {
    const loaded = new Map<string, Promise<ReferenceOption[]>>();
    return {
      get(collection) {
        let promise = loaded.get(collection);
        if (!promise) {
          promise = load(collection);
          // A failed load is tried again next time rather than remembered.
          promise.catch(() => loaded.delete(collection));
          loaded.set(collection, promise);
        }
        return promise;
      },
    };
  }, [load]);
  return (
    <ReferenceOptionsContext.Provider value={cache}>{children}</ReferenceOptionsContext.Provider>
  );
}

/** The shared cache, for screens that need titles outside a picker (the preview). */
export function useReferenceCache(): OptionsCache | undefined {
  return useContext(ReferenceOptionsContext);
}

export type OptionsState =
  | { state: 'loading' }
  | { state: 'ready'; options: ReferenceOption[] }
  | { state: 'failed' };

export function useReferenceOptions(collection: string): OptionsState {
  const cache = useContext(ReferenceOptionsContext);
  const [result, setResult] = useState<OptionsState>({ state: 'loading' });
  useEffect(() => {
    if (!cache) {
      setResult({ state: 'failed' });
      return;
    }
    let live = true;
    setResult({ state: 'loading' });
    cache.get(collection).then(
      (options) => live && setResult({ state: 'ready', options }),
      () => live && setResult({ state: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [cache, collection]);
  return result;
}

/** The collection's name for people: "toolkit topic", or the collection key when unknown. */
export function collectionNoun(collection: string): string {
  return isContentTypeKey(collection)
    ? contentTypes[collection].label.singular.toLowerCase()
    : collection;
}

export function collectionPluralNoun(collection: string): string {
  return isContentTypeKey(collection)
    ? contentTypes[collection].label.plural.toLowerCase()
    : collection;
}
