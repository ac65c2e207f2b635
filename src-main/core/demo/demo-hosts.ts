import type { LocalDate } from '@shared/domain/local-date';
import { isHabilitatedByRight, type HostType, type NationalPartnership } from '@shared/domain/catalogue/host-types';
import { DEPARTEMENTS, DROM_CODES, DepartementPicker, pointIn, postalCodeIn, type Departement } from './departements';
import { daysBefore, streetAddress, streetName } from './demo-addresses';
import { emailAt, fullName, hostDomain, landline, mobile, ofTown, personName } from './demo-contacts';
import { SiretFactory } from './demo-siret';
import type { SeededRandom } from './seeded-random';

/**
 * Host organisations: a national mix of types (public bodies most common, then associations, a few hospitals,
 * companies of the social economy or with a public-service mission, and sociétés à mission), each with a valid
 * SIRET, its département, a contact and, for some, a national framework agreement.
 */
const KIND_WEIGHTS: Record<HostType, number> = {
  collectivite: 38,
  etablissement_public: 18,
  association: 26,
  hopital: 6,
  entreprise_ess: 6,
  entreprise_service_public: 4,
  societe_a_mission: 2,
};

const SCHOOL_NAMES = [
  'Jean Moulin',
  'Victor Hugo',
  'Jules Ferry',
  'Louise Michel',
  'Simone Veil',
  'Marie Curie',
  'Jean Jaurès',
  'Aimé Césaire',
  'Albert Camus',
  'Pablo Neruda',
];

type Named = { name: string; partnership: NationalPartnership | null; children: boolean };
const named = (name: string, partnership: NationalPartnership | null = null, children = false): Named => ({
  name,
  partnership,
  children,
});

function partnerAssociation(dep: Departement, city: string, random: SeededRandom): Named {
  const partner = random.weighted({
    restos_du_coeur: 5,
    croix_rouge: 5,
    secours_populaire: 4,
    emmaus_france: 3,
    apf_france_handicap: 2,
    fondation_abbe_pierre: 1,
    federation_francaise_de_football: 3,
    fondation_du_patrimoine: 1,
  });
  const names: Record<typeof partner, string> = {
    restos_du_coeur: `Restos du cœur — centre ${ofTown(city)}`,
    croix_rouge: `Croix-Rouge française — unité locale ${ofTown(city)}`,
    secours_populaire: `Secours populaire français — comité ${ofTown(city)}`,
    emmaus_france: `Emmaüs — communauté ${ofTown(city)}`,
    apf_france_handicap: `APF France handicap — délégation ${dep.name}`,
    fondation_abbe_pierre: `Boutique solidarité ${ofTown(city)}`,
    federation_francaise_de_football: random.chance(0.5)
      ? `District de football — ${dep.name}`
      : `Football club ${ofTown(city)}`,
    fondation_du_patrimoine: `Fondation du patrimoine — délégation ${dep.name}`,
  };
  return named(names[partner], partner, partner === 'federation_francaise_de_football');
}

function hostName(kind: HostType, dep: Departement, random: SeededRandom): Named {
  const city = dep.prefecture;
  switch (kind) {
    case 'collectivite':
      return named(
        random.pick([
          `Mairie ${ofTown(city)}`,
          `Ville ${ofTown(city)} — services techniques`,
          `Centre communal d’action sociale ${ofTown(city)}`,
          `Conseil départemental — ${dep.name}`,
          `Communauté d’agglomération ${ofTown(city)}`,
          `Syndicat intercommunal des eaux de la région ${ofTown(city)}`,
        ]),
      );
    case 'etablissement_public': {
      const school = random.pick(SCHOOL_NAMES);
      const options = [
        named(`Collège ${school}`, null, true),
        named(`Lycée professionnel ${school}`, null, true),
        named(`Office public de l’habitat ${ofTown(city)}`),
        named(`Office national des forêts — agence ${dep.name}`, 'onf'),
        named(`Musée municipal ${ofTown(city)}`),
        named(`Médiathèque ${school}`, null, true),
      ];
      return random.pick(options);
    }
    case 'hopital':
      return named(
        random.pick([
          `Centre hospitalier ${ofTown(city)}`,
          `EHPAD public Les ${random.pick(['Tilleuls', 'Glycines', 'Jardins', 'Lilas'])}`,
          `Centre de rééducation ${ofTown(city)}`,
        ]),
      );
    case 'association':
      if (random.chance(0.4)) return partnerAssociation(dep, city, random);
      return random.pick([
        named(`Les Jardins partagés ${streetName(random)}`),
        named(`Association sportive ${ofTown(city)}`, null, true),
        named(`Maison de quartier ${streetName(random)}`, null, true),
        named(`Association ${random.pick(['Solidarité', 'Entraide', 'Passerelle', 'Horizon'])} ${city}`),
        named(`Banque alimentaire — ${dep.name}`),
        named(`Secours catholique — équipe ${ofTown(city)}`),
      ]);
    case 'entreprise_service_public': {
      const which = random.weighted({ la_poste: 5, sncf: 2, other: 3 });
      if (which === 'la_poste')
        return named(
          random.pick([
            `La Poste — plateforme de distribution du courrier ${ofTown(city)}`,
            `La Poste — bureau ${ofTown(city)} ${random.pick(['Centre', 'Gare', 'République'])}`,
          ]),
          'la_poste',
        );
      if (which === 'sncf') return named(`SNCF Gares & Connexions — gare ${ofTown(city)}`, 'sncf');
      return named(
        random.pick([
          `Régie des transports ${ofTown(city)}`,
          `Société publique locale d’aménagement ${ofTown(city)}`,
          `Société d’économie mixte des eaux ${ofTown(city)}`,
          `${random.pick(['Logis', 'Habitat', 'Foyer'])} ${dep.name} — bailleur social`,
        ]),
      );
    }
    case 'entreprise_ess':
      if (random.chance(0.15)) return named(`Emmaüs — ressourcerie ${ofTown(city)}`, 'emmaus_france');
      return named(
        random.pick([
          `Ressourcerie ${ofTown(city)}`,
          `Régie de quartier ${streetName(random)}`,
          `Chantier d’insertion Nature et ${random.pick(['Patrimoine', 'Rivières', 'Forêts'])}`,
          `Recyclerie ${random.pick(['du Centre', 'Solidaire', 'de la Vallée'])}`,
        ]),
      );
    case 'societe_a_mission':
      return named(
        random.pick([
          `Coopérative ${random.pick(['Terre', 'Réemploi', 'Circuits courts'])} ${city}`,
          `SCIC Mobilité solidaire ${city}`,
          `Atelier du réemploi ${city}`,
        ]),
      );
  }
}

/** The contact's service, so that the line reads the same whoever the person is. */
const CONTACT_SERVICES: Record<HostType, readonly string[]> = {
  collectivite: ['services techniques', 'direction générale des services', 'ressources humaines'],
  etablissement_public: ['gestion', 'secrétariat général', 'direction'],
  hopital: ['services logistiques', 'direction des soins', 'services hôteliers'],
  association: ['présidence', 'coordination des bénévoles', 'direction'],
  entreprise_service_public: ['direction de l’établissement', 'mission RSE'],
  entreprise_ess: ['encadrement technique', 'direction'],
  societe_a_mission: ['gérance', 'mission RSE'],
};

const NOTES = [
  'Convention de partenariat signée avec le SPIP ; bilan annuel en janvier.',
  'Chaussures de sécurité fournies par la structure.',
  'Accueil possible le samedi matin sur demande préalable.',
  'Préférer un premier contact par courriel.',
  'Locaux accessibles en bus, arrêt à 200 m.',
  'La structure souhaite recevoir le relevé d’heures chaque fin de mois.',
];

export interface HostDraft {
  row: HostRow;
  dep: Departement;
  createdOn: LocalDate;
  /** Schools, media libraries, youth clubs: posts there are in contact with children. */
  children: boolean;
}

export interface HostRow {
  id: string;
  name: string;
  kind: HostType;
  siret: string;
  street: string;
  postal_code: string;
  city: string;
  departement: string;
  latitude: number;
  longitude: number;
  national_partnership: NationalPartnership | null;
  contact_name: string;
  contact_phone: string;
  contact_email: string;
  notes: string | null;
  /** Derived from the habilitations once they are drawn (demo-habilitations). */
  habilitated: boolean;
  habilitation_valid_until: string | null;
  created_at: string;
  updated_at: string;
}

/** Hosts before their habilitations: ids and instants are set by the caller once the creation date is final. */
export function draftHosts(count: number, today: LocalDate, random: SeededRandom): HostDraft[] {
  const picker = new DepartementPicker();
  const byCode = new Map(DEPARTEMENTS.map((d) => [d.code, d]));
  const sirets = new SiretFactory(random);
  const drafts: HostDraft[] = [];
  for (let i = 0; i < count; i++) {
    // The first hosts are in the DROM, so even the smallest dataset has posts overseas.
    const dep = i < DROM_CODES.length ? byCode.get(DROM_CODES[i]!)! : picker.pick(random);
    const kind = random.weighted(KIND_WEIGHTS);
    const { name, partnership, children } = hostName(kind, dep, random);
    const contact = personName(dep, random);
    // Some private hosts applied recently: their habilitation is still under way.
    const recent = !isHabilitatedByRight(kind) && random.chance(0.12);
    const createdOn = recent ? daysBefore(today, random, 1, 50) : daysBefore(today, random, 120, 2300);
    const postalCode = postalCodeIn(dep, random);
    drafts.push({
      row: {
        id: '',
        name,
        kind,
        siret: sirets.next(kind, partnership === 'la_poste'),
        street: streetAddress(random),
        postal_code: postalCode,
        city: dep.prefecture,
        departement: dep.code,
        ...pointIn(dep, random),
        national_partnership: partnership,
        contact_name: `${contact.female ? 'Mme' : 'M.'} ${fullName(contact)} (${random.pick(CONTACT_SERVICES[kind])})`,
        contact_phone: random.chance(0.8) ? landline(dep, random) : mobile(dep, random),
        contact_email: emailAt(contact, hostDomain(name)),
        notes: random.chance(0.15) ? random.pick(NOTES) : null,
        habilitated: isHabilitatedByRight(kind),
        habilitation_valid_until: null,
        created_at: '',
        updated_at: '',
      },
      dep,
      createdOn,
      children,
    });
  }
  return drafts;
}
