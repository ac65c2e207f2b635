import type { Role } from '@shared/roles';

export interface SettingsTab {
  segment: string;
  label: string;
  /** Roles that see the tab; the server enforces the same rule on each method. */
  roles: readonly Role[] | 'all';
}

export const SETTINGS_TABS: readonly SettingsTab[] = [
  { segment: 'utilisateurs', label: 'Utilisateurs', roles: ['admin', 'dpip'] },
  { segment: 'securite', label: 'Sécurité', roles: 'all' },
  { segment: 'service', label: 'Service', roles: 'all' },
  { segment: 'en-tete', label: 'En-tête des documents', roles: ['admin', 'dpip'] },
  { segment: 'carte', label: 'Carte et adresses', roles: ['admin', 'referent'] },
  { segment: 'journal', label: "Journal d'audit", roles: ['admin'] },
];

export function tabsFor(role: Role): SettingsTab[] {
  return SETTINGS_TABS.filter((tab) => tab.roles === 'all' || tab.roles.includes(role));
}
