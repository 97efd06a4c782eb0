import type { Migration } from 'kysely';
import * as content from './0001-content.js';
import * as accounts from './0002-accounts-and-workflow.js';
import * as searchRowids from './0003-search-rowids.js';
import * as listColumns from './0004-list-columns.js';

/**
 * Every migration, in order. Names sort in the order they run; never rename or edit one that
 * has shipped: add a new one.
 */
export const sqliteMigrations: Record<string, Migration> = {
  '0001-content': content,
  '0002-accounts-and-workflow': accounts,
  '0003-search-rowids': searchRowids,
  '0004-list-columns': listColumns,
};
