/** Common French given names and surnames for synthetic people; no real person is meant. */
export const GIVEN_NAMES = [
  'Camille', 'Léa', 'Manon', 'Chloé', 'Inès', 'Sarah', 'Julie', 'Émilie', 'Nathalie', 'Sophie', 'Aurélie', 'Céline',
  'Hélène', 'Margaux', 'Anaïs', 'Zoé', 'Louise', 'Agathe', 'Maëlle', 'Noémie', 'Thomas', 'Lucas', 'Hugo', 'Nicolas',
  'Julien', 'Maxime', 'Antoine', 'Mehdi', 'Karim', 'Yanis', 'Théo', 'Baptiste', 'Sébastien', 'François', 'Jérôme',
  'Mathieu', 'Grégoire', 'Loïc', 'Bruno', 'Olivier', 'Rémi', 'Cédric', 'Joël', 'Amadou', 'Moussa', 'Kevin', 'Dylan',
] as const;

export const SURNAMES = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon',
  'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard',
  'André', 'Lefebvre', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez', 'Legrand', 'Garnier',
  'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Henry', 'Roussel', 'Nicolas', 'Perrin', 'Morin', 'Mathieu',
  'Clément', 'Gauthier', 'Dumont', 'Lopez', 'Fontaine', 'Chevalier', 'Robin', 'Masson', 'Sanchez', 'Benali', 'Diallo',
  'N’Diaye', 'Traoré', 'Le Gall', 'Le Goff', 'Kerboriou', 'Schmitt', 'Meyer', 'Étienne', 'Cœur',
] as const;
