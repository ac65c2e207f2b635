import type { z } from 'zod';
import type { exportInput, exportOutput } from '@shared/schemas/catalogue';
import { HOST_TYPE_LABELS, NATIONAL_PARTNERSHIP_LABELS } from '@shared/domain/catalogue/host-types';
import { POST_CATEGORY_LABELS, PROSPECT_STATUS_LABELS } from '@shared/domain/catalogue/post-categories';
import { parisDateOf } from '@shared/domain/local-date';
import type { CatalogueContext } from './catalogue-context';
import { csvDate, writeCsv, type CsvCell } from './csv-write';
import { HostsService } from './hosts-service';
import { toHosts } from './host-rows';
import { PostsService } from './posts-service';
import { postSelect, toPosts } from './post-rows';
import { ProspectsService, toProspect, type Prospect } from './prospects-service';
import { TutorsService, toTutors } from './tutors-service';

export const EXPORT_MAX_ROWS = 50_000;

type ExportInput = z.output<typeof exportInput>;
type ExportList = ExportInput['list'];
type InputOf<L extends ExportList> = Extract<ExportInput, { list: L }>;
type ExportOutput = z.infer<typeof exportOutput>;

const FILE_PREFIX: Record<ExportList, string> = {
  hosts: 'structures',
  posts: 'postes',
  tutors: 'tuteurs',
  prospects: 'prospection',
};

/** One list of the catalogue as a French spreadsheet CSV (the same search and filters as the screen, up to 50,000 rows). */
export async function exportCatalogueCsv(ctx: CatalogueContext, input: ExportInput): Promise<ExportOutput> {
  const table = TABLES[input.list] as (ctx: CatalogueContext, input: ExportInput) => Promise<Table>;
  const { header, rows } = await table(ctx, input);
  return {
    fileName: `${FILE_PREFIX[input.list]}-${ctx.today}.csv`,
    content: writeCsv(header, rows),
    rows: rows.length,
  };
}

interface Table {
  header: string[];
  rows: CsvCell[][];
}

/** Each list reuses its service's `filtered(...)`: the export and the screen select the same rows. */
const TABLES: { [L in ExportList]: (ctx: CatalogueContext, input: InputOf<L>) => Promise<Table> } = {
  async hosts(ctx, { query, filters }) {
    const raw = await new HostsService(ctx)
      .filtered({ ...filters, query })
      .select('h.*')
      .orderByRaw('h.name COLLATE NOCASE, h.id')
      .limit(EXPORT_MAX_ROWS);
    const hosts = await toHosts(ctx.knex, raw, ctx.today);
    return {
      header: [
        'Nom',
        'Type',
        'SIRET',
        'Adresse',
        'Code postal',
        'Commune',
        'Département',
        'Partenariat national',
        'Habilitée',
        'Habilitation',
        'Contact',
        'Téléphone',
        'E-mail',
        'Postes',
      ],
      rows: hosts.map((h) => [
        h.name,
        HOST_TYPE_LABELS[h.type],
        h.siret,
        h.street,
        h.postalCode,
        h.city,
        h.departement,
        h.nationalPartnership ? NATIONAL_PARTNERSHIP_LABELS[h.nationalPartnership] : null,
        h.habilitated,
        h.habilitationLabel,
        h.contactName,
        h.contactPhone,
        h.contactEmail,
        h.postsCount,
      ]),
    };
  },
  async posts(ctx, { query, filters }) {
    const raw = await postSelect(ctx.knex, new PostsService(ctx).filtered({ ...filters, query }))
      .orderByRaw('po.title COLLATE NOCASE, po.id')
      .limit(EXPORT_MAX_ROWS);
    const posts = await toPosts(ctx.knex, raw, ctx.today);
    return {
      header: [
        'Intitulé',
        'Catégorie',
        'Structure',
        'Adresse',
        'Code postal',
        'Commune',
        'Places',
        'Occupées',
        'Libres',
        'Ouvert aux mineurs',
        'Accessible PMR',
        'Transports en commun',
        'Permis requis',
        'Chantier collectif',
        'Actif',
        'Inscrit',
        'Inscription',
        'Tuteurs',
      ],
      rows: posts.map((p) => [
        p.title,
        POST_CATEGORY_LABELS[p.category],
        p.hostName,
        p.street,
        p.postalCode,
        p.city,
        p.places,
        p.occupied,
        p.placesFree,
        p.openToMinors,
        p.pmrAccessible,
        p.publicTransport,
        p.drivingLicenceRequired,
        p.collective,
        p.active,
        p.registered,
        p.registrationLabel,
        p.tutors.map((t) => t.name).join(', '),
      ]),
    };
  },
  async tutors(ctx, { query, filters }) {
    const raw = await new TutorsService(ctx)
      .filtered({ ...filters, query })
      .select('t.*', 'h.name as host_name')
      .orderByRaw('t.last_name COLLATE NOCASE, t.first_name COLLATE NOCASE, t.id')
      .limit(EXPORT_MAX_ROWS);
    const tutors = await toTutors(ctx.knex, raw);
    return {
      header: [
        'Nom',
        'Prénom',
        'Structure',
        'Fonction',
        'Date de naissance',
        'Lieu de naissance',
        'Téléphone',
        'E-mail',
        'Formations',
        'Postes encadrés',
      ],
      rows: tutors.map((t) => [
        t.lastName,
        t.firstName,
        t.hostName,
        t.role,
        csvDate(t.birthDate),
        t.birthPlace,
        t.phone,
        t.email,
        t.trainings.map((m) => `${m.module} (${csvDate(m.date)})`).join(', '),
        t.posts.map((p) => p.title).join(', '),
      ]),
    };
  },
  async prospects(ctx, { query, filters }) {
    const raw = await new ProspectsService(ctx)
      .filtered({ ...filters, query })
      .select('pr.*')
      .orderByRaw('pr.name COLLATE NOCASE, pr.id')
      .limit(EXPORT_MAX_ROWS);
    return {
      header: [
        'Organisme',
        'Type',
        'Commune',
        'Contact',
        'Étape',
        'Prochaine action',
        'Date de la prochaine action',
        'Dernière mise à jour',
      ],
      rows: (raw.map(toProspect) as Prospect[]).map((p) => [
        p.name,
        p.kind ? HOST_TYPE_LABELS[p.kind] : null,
        p.city,
        p.contact,
        PROSPECT_STATUS_LABELS[p.status],
        p.nextAction,
        csvDate(p.nextActionOn),
        csvDate(parisDateOf(Date.parse(p.updatedAt))),
      ]),
    };
  },
};
