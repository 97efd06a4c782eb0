import type { ComponentType } from 'react';
import { AccountPage } from './account/account-page.js';
import { AuditLogPage } from './audit/audit-page.js';
import { EditItemRoute, NewItemRoute } from './edit/edit-item-page.js';
import { HistoryPage } from './history/history-page.js';
import { TransferPage } from './transfer/transfer-page.js';
import { NewUserPage } from './users/new-user-page.js';
import { SecuritySettingsPage } from './users/security-settings-page.js';
import { UserPage } from './users/user-page.js';
import { UsersPage } from './users/users-page.js';

/**
 * Screens beyond the content lists, added by their own modules. Each is a wouter route under
 * /admin; order matters only where paths overlap (more specific first).
 */
export const adminRoutes: {
  path: string;
  component: ComponentType<{ params: Record<string, string | undefined> }>;
}[] = [
  // Before any /content/:type/:id route, so the history is never taken for an item id.
  { path: '/content/:type/:id/history', component: HistoryPage },
  // Account and administration: /users/new and /users/security before /users/:id.
  { path: '/account', component: AccountPage },
  { path: '/users', component: UsersPage },
  { path: '/users/new', component: NewUserPage },
  { path: '/users/security', component: SecuritySettingsPage },
  { path: '/users/:id', component: UserPage },
  { path: '/audit', component: AuditLogPage },
  { path: '/transfer', component: TransferPage },
  // Editing one item: "new" before ":id", so it is never taken for an item id.
  { path: '/content/:type/new', component: NewItemRoute },
  { path: '/content/:type/:id', component: EditItemRoute },
];
