import { createHash, randomInt } from 'node:crypto';
import { AppError } from '@shared/errors';
import type { Knex } from 'knex';
import {
  DOCUMENT_TEMPLATE_LABELS,
  type DocumentRecord,
  type DocumentsArchivePage,
  type DocumentTemplate,
} from '@shared/schemas/documents';
import { formatDateLong, parisDateOf } from '@shared/domain/local-date';
import { documentRefusal, mayOpenDocument, templatesOpenTo } from '@shared/rpc/document-access';
import { EntityStore } from '../repo/entity-store';
import { uuidv7 } from '../util/uuid7';
import type { CaseContext } from '../services/cases/case-context';
import { AppointmentsService } from '../services/cases/appointments-service';
import {
  consentData,
  convocationData,
  decisionData,
  timesheetData,
  type ConvocationData,
  type TimesheetData,
} from './document-data';
import { readLetterhead } from './letterhead';
import { catalogueData, habilitationDecisionData, registrationDecisionData } from './catalogue-document-data';
import { attestationData, endReportData, incidentReportData } from './report-data';
import { countPages, renderDocument, type DocumentContent, type StoredDocument } from './render';

export const TEMPLATE_VERSION = 1;
const CODES: Record<DocumentTemplate, string> = {
  decision_affectation: 'DA',
  convocation: 'CV',
  fiche_horaire: 'FH',
  fiche_consentement: 'FC',
  attestation_execution: 'AE',
  rapport_fin_mesure: 'RF',
  rapport_incident: 'RI',
  decision_habilitation: 'DH',
  decision_inscription: 'DI',
  catalogue_postes: 'CP',
};
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

export interface GeneratedDocument {
  document: DocumentRecord;
  fileName: string;
  pdfBase64: string;
}

interface Owners {
  entityType: string;
  entityId: string | null;
  personId: string | null;
  hostId: string | null;
  measureId: string | null;
}

function newReference(code: string, today: string): string {
  const suffix = Array.from({ length: 6 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${code}-${today.slice(0, 4)}-${suffix}`;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function toRecord(row: any): DocumentRecord {
  return {
    id: row.id,
    template: row.template,
    templateVersion: row.template_version,
    title: row.title,
    reference: row.reference,
    entityType: row.entity_type,
    entityId: row.entity_id ?? null,
    personId: row.person_id ?? null,
    hostId: row.host_id ?? null,
    generatedBy: row.generated_by ?? null,
    generatedByName: row.generated_by_name ?? null,
    generatedAt: row.generated_at,
    sha256: row.sha256,
    duplicataOf: row.duplicata_of ?? null,
    pages: row.pages,
    bytes: row.bytes,
  };
}

function notAvailable(): AppError {
  return new AppError('VALIDATION', 'Ce modèle n’est pas encore disponible.', {
    fields: [{ path: 'template', message: 'Ce modèle n’est pas encore disponible.' }],
  });
}

function needsEntity(entityId: string | undefined): string {
  if (!entityId)
    throw new AppError('VALIDATION', 'Indiquez la mesure ou le rendez-vous concerné.', {
      fields: [{ path: 'entityId', message: 'Obligatoire pour ce modèle.' }],
    });
  return entityId;
}

/** Generates, archives and reprints the printed documents (DESIGN §3.4). */
export class DocumentsService {
  private readonly store: EntityStore;

  constructor(private readonly ctx: CaseContext) {
    this.store = new EntityStore(ctx.session.deviceId, 'document', 'documents');
  }

  async generate(input: {
    template: DocumentTemplate;
    entityId?: string;
    departement?: string;
    text?: string;
  }): Promise<GeneratedDocument> {
    const { ctx } = this;
    // Checked before the subject is even looked up: a refusal reads nothing and writes nothing.
    this.mayOpen(input.template);
    switch (input.template) {
      case 'decision_affectation': {
        const data = await decisionData(ctx, needsEntity(input.entityId));
        return this.produce(
          'decision_affectation',
          { kind: 'decision_affectation', data },
          {
            entityType: 'measure',
            entityId: data.measure.id,
            personId: data.person.id,
            hostId: data.placement.hostId || null,
            measureId: data.measure.id,
          },
        );
      }
      case 'convocation': {
        const data = await convocationData(ctx, needsEntity(input.entityId));
        return this.produce(
          'convocation',
          { kind: 'convocation', data },
          {
            entityType: 'appointment',
            entityId: data.appointment.id,
            personId: data.person.id,
            hostId: null,
            measureId: data.measure.id,
          },
        );
      }
      case 'fiche_horaire': {
        const data = await timesheetData(ctx, needsEntity(input.entityId));
        return this.produce(
          'fiche_horaire',
          { kind: 'fiche_horaire', data },
          {
            entityType: 'measure',
            entityId: data.measure.id,
            personId: data.person.id,
            hostId: data.placement?.hostId || null,
            measureId: data.measure.id,
          },
        );
      }
      case 'fiche_consentement': {
        const data = await consentData(ctx, needsEntity(input.entityId));
        return this.produce(
          'fiche_consentement',
          { kind: 'fiche_consentement', data },
          {
            entityType: 'measure',
            entityId: data.measure.id,
            personId: data.person.id,
            hostId: null,
            measureId: data.measure.id,
          },
        );
      }
      case 'attestation_execution': {
        const data = await attestationData(ctx, needsEntity(input.entityId));
        return this.produce(
          'attestation_execution',
          { kind: 'attestation_execution', data },
          {
            entityType: 'measure',
            entityId: data.measure.id,
            personId: data.person.id,
            hostId: null,
            measureId: data.measure.id,
          },
        );
      }
      case 'rapport_fin_mesure': {
        const data = await endReportData(ctx, needsEntity(input.entityId), input.text);
        return this.produce(
          'rapport_fin_mesure',
          { kind: 'rapport_fin_mesure', data },
          {
            entityType: 'measure',
            entityId: data.measure.id,
            personId: data.person.id,
            hostId: null,
            measureId: data.measure.id,
          },
        );
      }
      case 'rapport_incident': {
        const data = await incidentReportData(ctx, needsEntity(input.entityId), input.text);
        return this.produce(
          'rapport_incident',
          { kind: 'rapport_incident', data },
          {
            entityType: 'measure',
            entityId: data.measure.id,
            personId: data.person.id,
            hostId: null,
            measureId: data.measure.id,
          },
        );
      }
      case 'decision_habilitation': {
        const data = await habilitationDecisionData(ctx, needsEntity(input.entityId));
        return this.produce(
          'decision_habilitation',
          { kind: 'decision_habilitation', data },
          {
            entityType: 'habilitation',
            entityId: data.habilitation.id,
            personId: null,
            hostId: data.host.id,
            measureId: null,
          },
        );
      }
      case 'decision_inscription': {
        const data = await registrationDecisionData(ctx, needsEntity(input.entityId));
        return this.produce(
          'decision_inscription',
          { kind: 'decision_inscription', data },
          {
            entityType: 'registration',
            entityId: data.registration.id,
            personId: null,
            hostId: data.host.id,
            measureId: null,
          },
        );
      }
      case 'catalogue_postes': {
        const data = await catalogueData(ctx, input.departement);
        return this.produce(
          'catalogue_postes',
          { kind: 'catalogue_postes', data },
          { entityType: 'catalogue', entityId: null, personId: null, hostId: null, measureId: null },
          `Catalogue des postes disponibles — département ${data.departement}`,
        );
      }
      default:
        throw notAvailable();
    }
  }

  async batchConvocations(range: { from: string; to: string }): Promise<GeneratedDocument> {
    this.mayOpen('convocation');
    const appointments = (await new AppointmentsService(this.ctx).list(range)).filter((a) => a.status === 'prevu');
    if (appointments.length === 0)
      throw new AppError('VALIDATION', 'Aucun rendez-vous prévu sur cette période.', {
        fields: [{ path: 'from', message: 'Aucun rendez-vous prévu.' }],
      });
    const items: ConvocationData[] = [];
    for (const a of appointments) items.push(await convocationData(this.ctx, a.id));
    return this.produce(
      'convocation',
      { kind: 'batch_convocations', data: items },
      { entityType: 'batch', entityId: null, personId: null, hostId: null, measureId: null },
      `Convocations du ${formatDateLong(range.from)} au ${formatDateLong(range.to)}`,
    );
  }

  async batchTimesheets(hostId: string): Promise<GeneratedDocument> {
    this.mayOpen('fiche_horaire');
    const knex = this.ctx.session.db.knex;
    const host = await knex('hosts').where({ id: hostId }).whereNull('deleted_at').first();
    if (!host) throw new AppError('NOT_FOUND', 'Cette structure n’existe pas (ou plus).');
    const rows = await knex('placements as p')
      .join('posts as po', 'po.id', 'p.post_id')
      .where('po.host_id', hostId)
      .where('p.status', 'active')
      .whereNull('p.deleted_at')
      .orderBy('p.start_date')
      .select('p.measure_id');
    if (rows.length === 0)
      throw new AppError('VALIDATION', 'Aucune personne n’est affectée sur les postes de cette structure.', {
        fields: [{ path: 'hostId', message: 'Aucune affectation en cours.' }],
      });
    const items: TimesheetData[] = [];
    for (const row of rows) items.push(await timesheetData(this.ctx, row.measure_id));
    return this.produce(
      'fiche_horaire',
      { kind: 'batch_timesheets', data: items },
      { entityType: 'batch', entityId: hostId, personId: null, hostId, measureId: null },
      `Fiches horaires — ${host.name}`,
    );
  }

  async reprint(id: string): Promise<GeneratedDocument> {
    const { ctx } = this;
    const row = await ctx.session.db.knex('documents').where({ id }).whereNull('deleted_at').first();
    if (!row) throw new AppError('NOT_FOUND', 'Ce document n’existe pas dans les archives.');
    this.mayOpen(row.template);
    const originalId: string = row.duplicata_of ?? row.id;
    const original = row.duplicata_of ? await ctx.session.db.knex('documents').where({ id: originalId }).first() : row;
    const stored = JSON.parse(original.data) as StoredDocument;
    const copies = await ctx.session.db.knex('documents').where({ duplicata_of: originalId }).count({ n: '*' }).first();
    const reference = `${stored.reference}-D${Number(copies?.n ?? 0) + 1}`;
    const pdf = await renderDocument(stored, {
      reprintedOn: ctx.today,
      originalOn: parisDateOf(Date.parse(stored.generatedAt)),
      reference,
    });
    const owners: Owners = {
      entityType: original.entity_type,
      entityId: original.entity_id,
      personId: original.person_id,
      hostId: original.host_id,
      measureId: original.measure_id,
    };
    return this.archive(stored, pdf, owners, {
      reference,
      duplicataOf: originalId,
      title: `${stored.title} (duplicata)`,
    });
  }

  async list(filter: {
    personId?: string;
    hostId?: string;
    measureId?: string;
    reference?: string;
    limit: number;
  }): Promise<DocumentRecord[]> {
    let query = this.archived(filter.reference);
    if (filter.personId) query = query.where('d.person_id', filter.personId);
    if (filter.hostId) query = query.where('d.host_id', filter.hostId);
    if (filter.measureId) query = query.where('d.measure_id', filter.measureId);
    return (await newestFirst(query).limit(filter.limit)).map(toRecord);
  }

  /** One page of the whole archive, with the number of documents the search finds. */
  async archivePage(filter: { reference?: string; offset: number; limit: number }): Promise<DocumentsArchivePage> {
    const [{ total }] = (await this.archived(filter.reference).count({ total: '*' })) as [{ total: number }];
    const rows = await newestFirst(this.archived(filter.reference)).offset(filter.offset).limit(filter.limit);
    return { items: rows.map(toRecord), total: Number(total) };
  }

  /** Documents not deleted that the caller may open, with who printed them; a reference prefix narrows them. */
  private archived(reference: string | undefined) {
    let query = this.ctx.session.db
      .knex('documents as d')
      .leftJoin('users as u', 'u.id', 'd.generated_by')
      .whereNull('d.deleted_at')
      .whereIn('d.template', templatesOpenTo(this.ctx.session.user.role));
    // The schema lets only letters, digits and dashes through: no LIKE wildcard can reach the pattern.
    if (reference) query = query.where('d.reference', 'like', `${reference}%`);
    return query;
  }

  /** Need-to-know: the document's subject decides, whatever method reaches it. */
  private mayOpen(template: DocumentTemplate): void {
    const { role } = this.ctx.session.user;
    if (!mayOpenDocument(role, template)) throw new AppError('FORBIDDEN', documentRefusal(role, template));
  }

  private async produce(
    template: DocumentTemplate,
    content: DocumentContent,
    owners: Owners,
    title = DOCUMENT_TEMPLATE_LABELS[template],
  ): Promise<GeneratedDocument> {
    const stored: StoredDocument = {
      template,
      title,
      reference: newReference(owners.entityType === 'batch' ? `L${CODES[template]}` : CODES[template], this.ctx.today),
      generatedAt: this.ctx.at,
      letterhead: await readLetterhead(this.ctx.session),
      content,
    };
    const pdf = await renderDocument(stored);
    return this.archive(stored, pdf, owners, { reference: stored.reference, duplicataOf: null, title });
  }

  private async archive(
    stored: StoredDocument,
    pdf: Buffer,
    owners: Owners,
    meta: { reference: string; duplicataOf: string | null; title: string },
  ): Promise<GeneratedDocument> {
    const { ctx } = this;
    const id = uuidv7();
    await ctx.session.db.knex.transaction((trx) =>
      this.store.insert(
        trx,
        {
          id,
          template: stored.template,
          template_version: TEMPLATE_VERSION,
          title: meta.title,
          reference: meta.reference,
          entity_type: owners.entityType,
          entity_id: owners.entityId,
          person_id: owners.personId,
          host_id: owners.hostId,
          measure_id: owners.measureId,
          generated_by: ctx.userId,
          generated_at: ctx.at,
          sha256: createHash('sha256').update(pdf).digest('hex'),
          duplicata_of: meta.duplicataOf,
          pages: countPages(pdf),
          bytes: pdf.length,
          data: JSON.stringify(stored),
        },
        ctx.at,
      ),
    );
    const row = await ctx.session.db.knex('documents').where({ id }).first();
    return {
      document: toRecord({ ...row, generated_by_name: ctx.session.user.displayName }),
      fileName: `${meta.reference}.pdf`,
      pdfBase64: pdf.toString('base64'),
    };
  }
}

function newestFirst(query: Knex.QueryBuilder) {
  return query
    .orderBy([
      { column: 'd.generated_at', order: 'desc' },
      { column: 'd.id', order: 'desc' },
    ])
    .select('d.*', 'u.display_name as generated_by_name');
}
