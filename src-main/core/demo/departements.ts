import type { SeededRandom } from './seeded-random';

/**
 * French départements for synthetic data: metropolitan France, Corsica and the five DROM. The position is the
 * prefecture's, moved a little inland where the prefecture sits on a coast, a river border or a lake, and `radiusKm`
 * keeps the jitter inside the département. `weight` is the population in thousands (rounded), used to spread people
 * and posts the way a national dataset would be spread.
 */
export interface Departement {
  code: string;
  name: string;
  prefecture: string;
  postalCode: string;
  latitude: number;
  longitude: number;
  radiusKm: number;
  weight: number;
  drom: boolean;
}

type Row = [
  code: string,
  name: string,
  prefecture: string,
  postalCode: string,
  lat: number,
  lon: number,
  radiusKm: number,
  weight: number,
];

const ROWS: Row[] = [
  ['01', 'Ain', 'Bourg-en-Bresse', '01000', 46.205, 5.226, 8, 660],
  ['02', 'Aisne', 'Laon', '02000', 49.564, 3.62, 8, 525],
  ['03', 'Allier', 'Moulins', '03000', 46.566, 3.333, 8, 335],
  ['04', 'Alpes-de-Haute-Provence', 'Digne-les-Bains', '04000', 44.092, 6.236, 6, 165],
  ['05', 'Hautes-Alpes', 'Gap', '05000', 44.559, 6.079, 6, 140],
  ['06', 'Alpes-Maritimes', 'Nice', '06000', 43.745, 7.23, 4, 1100],
  ['07', 'Ardèche', 'Privas', '07000', 44.735, 4.599, 6, 330],
  ['08', 'Ardennes', 'Charleville-Mézières', '08000', 49.762, 4.726, 6, 270],
  ['09', 'Ariège', 'Foix', '09000', 42.965, 1.607, 6, 155],
  ['10', 'Aube', 'Troyes', '10000', 48.297, 4.074, 8, 310],
  ['11', 'Aude', 'Carcassonne', '11000', 43.213, 2.351, 8, 375],
  ['12', 'Aveyron', 'Rodez', '12000', 44.35, 2.575, 8, 280],
  ['13', 'Bouches-du-Rhône', 'Marseille', '13000', 43.33, 5.45, 5, 2040],
  ['14', 'Calvados', 'Caen', '14000', 49.17, -0.37, 6, 700],
  ['15', 'Cantal', 'Aurillac', '15000', 44.927, 2.44, 6, 145],
  ['16', 'Charente', 'Angoulême', '16000', 45.649, 0.156, 8, 350],
  ['17', 'Charente-Maritime', 'La Rochelle', '17000', 46.17, -1.07, 4, 660],
  ['18', 'Cher', 'Bourges', '18000', 47.081, 2.399, 8, 300],
  ['19', 'Corrèze', 'Tulle', '19000', 45.267, 1.772, 6, 240],
  ['2A', 'Corse-du-Sud', 'Ajaccio', '20000', 41.95, 8.79, 3, 160],
  ['2B', 'Haute-Corse', 'Bastia', '20200', 42.69, 9.42, 2, 185],
  ['21', 'Côte-d’Or', 'Dijon', '21000', 47.322, 5.041, 8, 535],
  ['22', 'Côtes-d’Armor', 'Saint-Brieuc', '22000', 48.48, -2.79, 4, 600],
  ['23', 'Creuse', 'Guéret', '23000', 46.171, 1.871, 6, 115],
  ['24', 'Dordogne', 'Périgueux', '24000', 45.184, 0.721, 8, 415],
  ['25', 'Doubs', 'Besançon', '25000', 47.238, 6.024, 8, 545],
  ['26', 'Drôme', 'Valence', '26000', 44.93, 4.93, 3, 520],
  ['27', 'Eure', 'Évreux', '27000', 49.024, 1.151, 8, 600],
  ['28', 'Eure-et-Loir', 'Chartres', '28000', 48.446, 1.489, 8, 430],
  ['29', 'Finistère', 'Quimper', '29000', 48.0, -4.09, 5, 915],
  ['30', 'Gard', 'Nîmes', '30000', 43.837, 4.36, 8, 750],
  ['31', 'Haute-Garonne', 'Toulouse', '31000', 43.605, 1.444, 8, 1420],
  ['32', 'Gers', 'Auch', '32000', 43.646, 0.586, 8, 190],
  ['33', 'Gironde', 'Bordeaux', '33000', 44.838, -0.579, 8, 1650],
  ['34', 'Hérault', 'Montpellier', '34000', 43.625, 3.87, 5, 1200],
  ['35', 'Ille-et-Vilaine', 'Rennes', '35000', 48.117, -1.678, 8, 1100],
  ['36', 'Indre', 'Châteauroux', '36000', 46.81, 1.691, 8, 215],
  ['37', 'Indre-et-Loire', 'Tours', '37000', 47.394, 0.685, 8, 610],
  ['38', 'Isère', 'Grenoble', '38000', 45.188, 5.724, 6, 1270],
  ['39', 'Jura', 'Lons-le-Saunier', '39000', 46.675, 5.555, 6, 255],
  ['40', 'Landes', 'Mont-de-Marsan', '40000', 43.89, -0.5, 8, 420],
  ['41', 'Loir-et-Cher', 'Blois', '41000', 47.586, 1.336, 8, 330],
  ['42', 'Loire', 'Saint-Étienne', '42000', 45.44, 4.387, 6, 765],
  ['43', 'Haute-Loire', 'Le Puy-en-Velay', '43000', 45.043, 3.885, 6, 227],
  ['44', 'Loire-Atlantique', 'Nantes', '44000', 47.218, -1.553, 8, 1450],
  ['45', 'Loiret', 'Orléans', '45000', 47.903, 1.909, 8, 685],
  ['46', 'Lot', 'Cahors', '46000', 44.448, 1.441, 6, 175],
  ['47', 'Lot-et-Garonne', 'Agen', '47000', 44.203, 0.616, 6, 330],
  ['48', 'Lozère', 'Mende', '48000', 44.518, 3.5, 6, 77],
  ['49', 'Maine-et-Loire', 'Angers', '49000', 47.478, -0.563, 8, 820],
  ['50', 'Manche', 'Saint-Lô', '50000', 49.116, -1.091, 6, 495],
  ['51', 'Marne', 'Châlons-en-Champagne', '51000', 48.957, 4.363, 8, 565],
  ['52', 'Haute-Marne', 'Chaumont', '52000', 48.111, 5.139, 6, 170],
  ['53', 'Mayenne', 'Laval', '53000', 48.073, -0.77, 8, 307],
  ['54', 'Meurthe-et-Moselle', 'Nancy', '54000', 48.692, 6.184, 6, 730],
  ['55', 'Meuse', 'Bar-le-Duc', '55000', 48.773, 5.16, 6, 183],
  ['56', 'Morbihan', 'Vannes', '56000', 47.69, -2.73, 4, 760],
  ['57', 'Moselle', 'Metz', '57000', 49.12, 6.176, 8, 1045],
  ['58', 'Nièvre', 'Nevers', '58000', 46.99, 3.17, 5, 200],
  ['59', 'Nord', 'Lille', '59000', 50.629, 3.057, 6, 2610],
  ['60', 'Oise', 'Beauvais', '60000', 49.43, 2.081, 8, 830],
  ['61', 'Orne', 'Alençon', '61000', 48.432, 0.091, 4, 280],
  ['62', 'Pas-de-Calais', 'Arras', '62000', 50.291, 2.778, 8, 1460],
  ['63', 'Puy-de-Dôme', 'Clermont-Ferrand', '63000', 45.778, 3.087, 8, 665],
  ['64', 'Pyrénées-Atlantiques', 'Pau', '64000', 43.296, -0.37, 8, 690],
  ['65', 'Hautes-Pyrénées', 'Tarbes', '65000', 43.233, 0.078, 6, 230],
  ['66', 'Pyrénées-Orientales', 'Perpignan', '66000', 42.699, 2.88, 5, 485],
  ['67', 'Bas-Rhin', 'Strasbourg', '67000', 48.59, 7.7, 4, 1150],
  ['68', 'Haut-Rhin', 'Colmar', '68000', 48.079, 7.358, 6, 770],
  ['69', 'Rhône', 'Lyon', '69000', 45.764, 4.836, 5, 1900],
  ['70', 'Haute-Saône', 'Vesoul', '70000', 47.623, 6.156, 6, 233],
  ['71', 'Saône-et-Loire', 'Mâcon', '71000', 46.31, 4.79, 3, 550],
  ['72', 'Sarthe', 'Le Mans', '72000', 48.006, 0.199, 8, 565],
  ['73', 'Savoie', 'Chambéry', '73000', 45.566, 5.921, 5, 440],
  ['74', 'Haute-Savoie', 'Annecy', '74000', 45.91, 6.1, 4, 840],
  ['75', 'Paris', 'Paris', '75001', 48.857, 2.347, 3, 2100],
  ['76', 'Seine-Maritime', 'Rouen', '76000', 49.443, 1.099, 8, 1250],
  ['77', 'Seine-et-Marne', 'Melun', '77000', 48.54, 2.66, 6, 1420],
  ['78', 'Yvelines', 'Versailles', '78000', 48.8, 2.1, 3, 1450],
  ['79', 'Deux-Sèvres', 'Niort', '79000', 46.323, -0.465, 8, 375],
  ['80', 'Somme', 'Amiens', '80000', 49.894, 2.296, 8, 570],
  ['81', 'Tarn', 'Albi', '81000', 43.929, 2.148, 8, 390],
  ['82', 'Tarn-et-Garonne', 'Montauban', '82000', 44.018, 1.355, 8, 260],
  ['83', 'Var', 'Toulon', '83000', 43.16, 5.99, 3, 1100],
  ['84', 'Vaucluse', 'Avignon', '84000', 43.95, 4.86, 3, 560],
  ['85', 'Vendée', 'La Roche-sur-Yon', '85000', 46.67, -1.426, 8, 690],
  ['86', 'Vienne', 'Poitiers', '86000', 46.58, 0.34, 8, 440],
  ['87', 'Haute-Vienne', 'Limoges', '87000', 45.834, 1.261, 8, 375],
  ['88', 'Vosges', 'Épinal', '88000', 48.172, 6.449, 6, 360],
  ['89', 'Yonne', 'Auxerre', '89000', 47.798, 3.567, 8, 335],
  ['90', 'Territoire de Belfort', 'Belfort', '90000', 47.638, 6.863, 3, 140],
  ['91', 'Essonne', 'Évry-Courcouronnes', '91000', 48.625, 2.41, 3, 1300],
  ['92', 'Hauts-de-Seine', 'Nanterre', '92000', 48.892, 2.206, 2, 1630],
  ['93', 'Seine-Saint-Denis', 'Bobigny', '93000', 48.908, 2.439, 3, 1650],
  ['94', 'Val-de-Marne', 'Créteil', '94000', 48.79, 2.455, 3, 1400],
  ['95', 'Val-d’Oise', 'Cergy', '95000', 49.036, 2.076, 3, 1250],
  ['971', 'Guadeloupe', 'Basse-Terre', '97100', 16.0, -61.715, 2, 380],
  ['972', 'Martinique', 'Fort-de-France', '97200', 14.63, -61.05, 3, 350],
  ['973', 'Guyane', 'Cayenne', '97300', 4.91, -52.32, 3, 290],
  ['974', 'La Réunion', 'Saint-Denis', '97400', -20.92, 55.46, 3, 870],
  ['976', 'Mayotte', 'Mamoudzou', '97600', -12.79, 45.21, 2, 320],
];

export const DEPARTEMENTS: readonly Departement[] = ROWS.map(
  ([code, name, prefecture, postalCode, latitude, longitude, radiusKm, weight]) => ({
    code,
    name,
    prefecture,
    postalCode,
    latitude,
    longitude,
    radiusKm,
    weight,
    drom: code.length === 3,
  }),
);

export const DROM_CODES = ['971', '972', '973', '974', '976'] as const;

/** Cities split into arrondissements, each with its own postal code. */
const ARRONDISSEMENTS: Record<string, { base: number; count: number }> = {
  '75': { base: 75001, count: 20 },
  '13': { base: 13001, count: 16 },
  '69': { base: 69001, count: 9 },
};

/** Picks départements in proportion to their population. */
export class DepartementPicker {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(private readonly list: readonly Departement[] = DEPARTEMENTS) {
    let sum = 0;
    for (const d of list) this.cumulative.push((sum += d.weight));
    this.total = sum;
  }

  pick(random: SeededRandom): Departement {
    const target = random.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return this.list[lo]!;
  }
}

const KM_PER_DEGREE = 111.32;

/** A point at most `radiusKm` (default: the département's) from the département's position, uniform over the disc. */
export function pointIn(
  dep: Departement,
  random: SeededRandom,
  radiusKm = dep.radiusKm,
): { latitude: number; longitude: number } {
  const distance = radiusKm * Math.sqrt(random.next());
  const angle = random.next() * 2 * Math.PI;
  const latitude = dep.latitude + (distance * Math.sin(angle)) / KM_PER_DEGREE;
  const longitude =
    dep.longitude + (distance * Math.cos(angle)) / (KM_PER_DEGREE * Math.cos((dep.latitude * Math.PI) / 180));
  return { latitude: Math.round(latitude * 1e6) / 1e6, longitude: Math.round(longitude * 1e6) / 1e6 };
}

/** A point near another one (a post beside its host's address). */
export function pointNear(
  origin: { latitude: number; longitude: number },
  random: SeededRandom,
  radiusKm: number,
): { latitude: number; longitude: number } {
  const dep = { latitude: origin.latitude, longitude: origin.longitude, radiusKm } as Departement;
  return pointIn(dep, random, radiusKm);
}

/** The prefecture's postal code, or one of its arrondissements' for Paris, Marseille and Lyon. */
export function postalCodeIn(dep: Departement, random: SeededRandom): string {
  const split = ARRONDISSEMENTS[dep.code];
  return split ? String(split.base + random.int(0, split.count - 1)).padStart(5, '0') : dep.postalCode;
}
