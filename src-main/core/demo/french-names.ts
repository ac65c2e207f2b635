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

/** Given names for the people followed, by the civil sex the demo assigns (pregnancy is only drawn for women). */
export const FEMALE_GIVEN_NAMES = [
  'Camille', 'Léa', 'Manon', 'Chloé', 'Inès', 'Sarah', 'Julie', 'Émilie', 'Nathalie', 'Sophie', 'Aurélie', 'Céline',
  'Hélène', 'Margaux', 'Anaïs', 'Zoé', 'Louise', 'Agathe', 'Maëlle', 'Noémie', 'Jade', 'Lina', 'Yasmine', 'Nadia',
  'Sandrine', 'Laetitia', 'Virginie', 'Stéphanie', 'Audrey', 'Mélissa', 'Océane', 'Jessica', 'Amandine', 'Fatoumata',
  'Aïcha', 'Samira', 'Karima', 'Leïla', 'Morgane', 'Élodie', 'Coralie', 'Priscilla', 'Sabrina', 'Estelle',
] as const;

export const MALE_GIVEN_NAMES = [
  'Thomas', 'Lucas', 'Hugo', 'Nicolas', 'Julien', 'Maxime', 'Antoine', 'Mehdi', 'Karim', 'Yanis', 'Théo', 'Baptiste',
  'Sébastien', 'François', 'Jérôme', 'Mathieu', 'Grégoire', 'Loïc', 'Bruno', 'Olivier', 'Rémi', 'Cédric', 'Joël',
  'Amadou', 'Moussa', 'Kevin', 'Dylan', 'Enzo', 'Nathan', 'Romain', 'Alexandre', 'Quentin', 'Florian', 'Anthony',
  'Jordan', 'Mickaël', 'Steven', 'Bilal', 'Sofiane', 'Ibrahim', 'Mamadou', 'Adrien', 'Valentin', 'Ryan', 'Killian',
  'Benoît', 'Pascal', 'Thierry', 'David', 'Frédéric', 'Laurent', 'Gaëtan', 'Jean-Marc', 'Ludovic', 'Yannick',
] as const;

/** More surnames, so that a national dataset does not repeat the same few pairs. */
export const MORE_SURNAMES = [
  'Lemoine', 'Colin', 'Vidal', 'Caron', 'Picard', 'Roger', 'Fabre', 'Aubert', 'Lemaire', 'Renaud', 'Dumas', 'Lacroix',
  'Olivier', 'Philippe', 'Bourgeois', 'Pierre', 'Benoît', 'Rey', 'Leclerc', 'Payet', 'Rolland', 'Leclercq', 'Guillaume',
  'Lecomte', 'Lopes', 'Jean', 'Dupuy', 'Guillot', 'Hubert', 'Berger', 'Carpentier', 'Dupuis', 'Moulin',
  'Louis', 'Deschamps', 'Huet', 'Vasseur', 'Perez', 'Boucher', 'Fleury', 'Royer', 'Klein', 'Jacquet', 'Adam', 'Paris',
  'Poirier', 'Marty', 'Aubry', 'Guyot', 'Carré', 'Charles', 'Renard', 'Charpentier', 'Ménard', 'Maillard', 'Baron',
  'Bertin', 'Bailly', 'Hervé', 'Schneider', 'Fernandez', 'Le Roux', 'Collet', 'Léger', 'Bouvier', 'Julien', 'Prévost',
  'Millet', 'Perrot', 'Daniel', 'Le Roy', 'Cousin', 'Germain', 'Breton', 'Besson', 'Langlois', 'Rémy', 'Pelletier',
  'Lévêque', 'Perrier', 'Leblanc', 'Barré', 'Lebrun', 'Marchal', 'Weber', 'Mallet', 'Hamon', 'Boulanger', 'Jacob',
  'Monnier', 'Michaud', 'Rodriguez', 'Guichard', 'Gillet', 'Grondin', 'Bouchet', 'Chauvin', 'Haddad',
  'Mansouri', 'Belkacem', 'Cissé', 'Kone', 'Camara', 'Yilmaz', 'Da Silva', 'Ferreira', 'Pereira', 'Nguyen', 'Pham',
] as const;

/** Surnames frequent in the DROM (Antilles, Guyane, La Réunion, Mayotte). */
export const DROM_SURNAMES = [
  'Hoarau', 'Payet', 'Grondin', 'Fontaine', 'Técher', 'Boyer', 'Robert', 'Maillot', 'Rivière', 'Nativel', 'Lebon',
  'Jean-Baptiste', 'Joseph', 'Alexandre', 'Louis-Joseph', 'Saint-Louis', 'Céleste', 'Chery', 'Bellance', 'Marie-Sainte',
  'Abdallah', 'Said', 'Madi', 'Ahmed', 'Attoumani', 'Ali', 'Houmadi', 'Soilihi', 'Anli', 'Mohamed', 'Pierre-Louis',
] as const;
