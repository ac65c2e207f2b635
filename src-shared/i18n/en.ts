import type { Catalogue } from './fr';

export const en: Catalogue = {
  'app.name': 'TIG Desk',
  'nav.cases': 'Cases',
  'nav.map': 'Map',
  'nav.catalogue': 'Posts and hosts',
  'nav.documents': 'Documents',
  'nav.stats': 'Statistics',
  'nav.settings': 'Settings',
  'action.lock': 'Lock',
  'action.logout': 'Sign out',
  'action.save': 'Save',
  'action.cancel': 'Cancel',
  'error.network': 'The local service does not answer. Check that TIG Desk is still running, then try again.',
};
