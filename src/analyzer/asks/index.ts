import type { Ask, Draft } from '../types';

// TODO(asks owner): not implemented yet.
export function findAsks(_draft: Draft): Ask[] {
  return [];
}
