/** French catalogue: the reference language of the UI. Keys are grouped by screen. */
export const fr = {
  'app.name': 'TIG Desk',
  'nav.cases': 'Dossiers',
  'nav.map': 'Carte',
  'nav.catalogue': 'Postes et structures',
  'nav.documents': 'Documents',
  'nav.stats': 'Statistiques',
  'nav.settings': 'Paramètres',
  'action.lock': 'Verrouiller',
  'action.logout': 'Se déconnecter',
  'action.save': 'Enregistrer',
  'action.cancel': 'Annuler',
  'error.network': 'Le service local ne répond pas. Vérifiez que TIG Desk est toujours lancé, puis réessayez.',
} as const;

export type MessageKey = keyof typeof fr;
export type Catalogue = Record<MessageKey, string>;
