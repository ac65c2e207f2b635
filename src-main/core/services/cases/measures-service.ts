import type { Knex } from 'knex';
import { AppError } from '@shared/errors';
import type { MeasureDetail, MeasureFields } from '@shared/schemas/measures';
import type { PersonFields } from '@shared/schemas/persons';
import { consentDateProblem, isConsentGiven, type ConsentStatus } from '@shared/domain/consent';
import { transitionProblem, type MeasureStatus, TERMINAL_STATUSES } from '@shared/domain/measure-status';
import { creditedMinutes } from '@shared/domain/hours-ledger';
import { addDays, formatDateShort } from '@shared/domain/local-date';
import { identityKey } from '@core/repo/row-codec';
import { measureColumns } from '@core/repo/measures-repo';
import { uuidv7 } from '@core/util/uuid7';
import type { CaseContext } from './case-context';
import { loadMeasureDetail, notFound } from './measure-detail';
import { assertAgeRules, assertDecisionDate } from './measure-rules-check';
import { refreshMeasureFacts } from '@core/repo/measure-facts';
import { EntityStore } from '@core/repo/entity-store';

/** Registration of court decisions and the life of a measure: consent, officer, status, medical examination. */
export class MeasuresService {
  constructor(private readonly ctx: CaseContext) {}

  private get knex() {
    return this.ctx.session.db.knex;
  }

  async register(
    input: { personId?: string; person?: PersonFields; measure: MeasureFields },
    importKey: string | null = null,
  ): Promise<MeasureDetail> {
    const { ctx } = this;
    let personId = input.personId ?? null;
    let birthDate: string;
    if (personId) {
      const person = await ctx.persons.get(personId);
      if (!person)
        throw new AppError('NOT_FOUND', 'Cette personne n’existe pas (ou plus).', {
          fields: [{ path: 'personId', message: 'Personne introuvable.' }],
        });
      birthDate = person.birthDate;
    } else {
      const fields = input.person!;
      const existing = await ctx.persons.findByIdentity(
        identityKey(fields.lastName, fields.firstName, fields.birthDate),
      );
      if (existing) {
        const message = `${existing.lastName} ${existing.firstName}, né(e) le ${existing.birthDate.split('-').reverse().join('/')}, a déjà un dossier (${existing.dossierNumber}) : choisissez cette personne dans la recherche.`;
        throw new AppError('CONFLICT', message, { fields: [{ path: 'person.lastName', message }] });
      }
      birthDate = fields.birthDate;
    }
    assertDecisionDate(input.measure, ctx.today, 'measure.');
    assertAgeRules(input.measure, birthDate, 'measure.');
    const measureId = uuidv7();
    await this.knex.transaction(async (trx) => {
      if (!personId) {
        personId = uuidv7();
        await ctx.persons.insert(trx, personId, input.person!, ctx.at);
      }
      await ctx.measures.insert(
        trx,
        { id: measureId, personId, fields: input.measure, registeredOn: ctx.today, importKey },
        ctx.at,
      );
      await ctx.measures.appendEvent(trx, {
        measureId,
        kind: 'registered',
        to: 'a_affecter',
        userId: ctx.userId,
        at: ctx.at,
      });
      await refreshMeasureFacts(trx, { measureIds: [measureId] });
    });
    return loadMeasureDetail(ctx, measureId);
  }

  async update(id: string, fields: MeasureFields): Promise<MeasureDetail> {
    const { ctx } = this;
    const row = await this.activeRow(id);
    const person = await ctx.persons.get(row.person_id);
    assertDecisionDate(fields, ctx.today, 'measure.');
    assertAgeRules(fields, person!.birthDate, 'measure.');
    // A consent given at the hearing is dated by it and follows a corrected decision date; one given otherwise
    // must still fit the corrected date, or be corrected first.
    const hearingConsent = row.consent_status === 'hearing' && row.consent_date !== fields.decisionDate;
    if (!hearingConsent) {
      const consent = consentDateProblem(row.consent_status, row.consent_date, fields.decisionDate, ctx.today);
      if (consent) {
        const message = `Le consentement enregistré ne correspond plus à cette date de décision : ${consent} Corrigez d’abord le consentement.`;
        throw new AppError('VALIDATION', message, { fields: [{ path: 'measure.decisionDate', message }] });
      }
    }
    await this.knex.transaction(async (trx) => {
      const credited = await this.credited(trx, id);
      if (credited > fields.hoursOrdered * 60) {
        throw new AppError(
          'VALIDATION',
          `Des heures ont déjà été créditées (${Math.ceil(credited / 60)} h) : les heures ordonnées ne peuvent être inférieures.`,
          {
            fields: [{ path: 'measure.hoursOrdered', message: 'Inférieur aux heures déjà effectuées.' }],
          },
        );
      }
      await ctx.measures.update(trx, id, measureColumns(fields), ctx.at);
      if (hearingConsent) {
        await ctx.measures.update(trx, id, { consent_date: fields.decisionDate }, ctx.at);
        await ctx.measures.appendEvent(trx, {
          measureId: id,
          kind: 'consent',
          from: row.consent_status,
          to: row.consent_status,
          note: `Date du consentement donné à l’audience portée au ${formatDateShort(fields.decisionDate)}, date corrigée de la décision.`,
          userId: ctx.userId,
          at: ctx.at,
        });
      }
      await ctx.measures.refreshProjection(trx, id, ctx.today);
      await refreshMeasureFacts(trx, { measureIds: [id] });
    });
    return loadMeasureDetail(ctx, id);
  }

  async recordConsent(
    measureId: string,
    status: ConsentStatus,
    date: string | null,
    source: string | null,
  ): Promise<MeasureDetail> {
    const { ctx } = this;
    const row = await this.activeRow(measureId);
    if (status === 'refused' && row.status !== 'a_affecter') {
      throw new AppError(
        'CONFLICT',
        'La personne est déjà affectée : un refus se traite par un rapport au JAP et un changement de statut.',
      );
    }
    if (status === 'pending' && row.status !== 'a_affecter') {
      throw new AppError(
        'CONFLICT',
        'La mesure est déjà en exécution : le consentement ne peut redevenir « en attente ».',
      );
    }
    const problem = consentDateProblem(status, date, row.decision_date, ctx.today);
    if (problem) throw new AppError('VALIDATION', problem, { fields: [{ path: 'date', message: problem }] });
    await this.knex.transaction(async (trx) => {
      await ctx.measures.update(
        trx,
        measureId,
        { consent_status: status, consent_date: date, consent_source: source },
        ctx.at,
      );
      await ctx.measures.appendEvent(trx, {
        measureId,
        kind: 'consent',
        from: row.consent_status,
        to: status,
        note: source,
        userId: ctx.userId,
        at: ctx.at,
      });
      if (status === 'refused') {
        await ctx.measures.update(trx, measureId, { status: 'refus', closed_on: date ?? ctx.today }, ctx.at);
        await ctx.measures.appendEvent(trx, {
          measureId,
          kind: 'status',
          from: row.status,
          to: 'refus',
          note: 'Refus du consentement : dossier transmis au juge.',
          userId: ctx.userId,
          at: ctx.at,
        });
      }
    });
    return loadMeasureDetail(ctx, measureId);
  }

  async transition(measureId: string, to: MeasureStatus, date: string, reason: string | null): Promise<MeasureDetail> {
    const { ctx } = this;
    if (date > ctx.today)
      throw new AppError('VALIDATION', 'La date ne peut être dans le futur.', {
        fields: [{ path: 'date', message: 'Date future.' }],
      });
    const row = await ctx.measures.getRow(measureId);
    if (!row) throw notFound();
    if (to === 'affecte' || to === 'refus' || to === 'suspendu') {
      const how = {
        affecte: 'en affectant la personne à un poste',
        refus: 'en enregistrant le refus du consentement',
        suspendu: 'en enregistrant une suspension',
      }[to];
      throw new AppError('CONFLICT', `Ce statut s’obtient ${how}.`);
    }
    await this.knex.transaction(async (trx) => {
      const active = await trx('placements')
        .where({ measure_id: measureId, status: 'active' })
        .whereNull('deleted_at')
        .first();
      const problem = transitionProblem(row.status, to, {
        consentGiven: isConsentGiven(row.consent_status),
        consentRefused: row.consent_status === 'refused',
        hasActivePlacement: Boolean(active),
        remainingMinutes: Math.max(0, row.hours_ordered * 60 - (await this.credited(trx, measureId))),
      });
      if (problem) throw new AppError('CONFLICT', problem);
      if ((to === 'inexecute' || to === 'revoque') && !reason) {
        throw new AppError('VALIDATION', 'Indiquez le motif (il figurera au rapport au juge).', {
          fields: [{ path: 'reason', message: 'Motif obligatoire.' }],
        });
      }
      if (date < row.decision_date) {
        throw new AppError('VALIDATION', 'La date du changement ne peut précéder la décision.', {
          fields: [{ path: 'date', message: 'Antérieure à la décision.' }],
        });
      }
      const open =
        row.status === 'suspendu'
          ? await trx('suspensions')
              .where({ measure_id: measureId })
              .whereNull('to_date')
              .whereNull('deleted_at')
              .select('id', 'from_date')
          : [];
      if (open.some((s) => date <= s.from_date)) {
        throw new AppError('VALIDATION', 'La reprise doit suivre le début de la suspension en cours.', {
          fields: [{ path: 'date', message: 'Antérieure à la suspension.' }],
        });
      }
      const closing = TERMINAL_STATUSES.includes(to) || to === 'a_affecter';
      if (closing && active) {
        // Through the entity store, so that the end of the placement reaches the other devices.
        const endReason = reason ?? (to === 'a_affecter' ? 'Retour à affecter' : 'Fin de la mesure');
        await new EntityStore(ctx.session.deviceId, 'placement', 'placements').update(
          trx,
          active.id,
          { status: 'ended', end_date: date, end_reason: endReason },
          ctx.at,
        );
        await ctx.measures.appendEvent(trx, {
          measureId,
          kind: 'placement_ended',
          note: endReason,
          userId: ctx.userId,
          at: ctx.at,
        });
      }
      // Resuming (or closing) ends the running suspension the day before.
      const suspensions = new EntityStore(ctx.session.deviceId, 'suspension', 'suspensions');
      for (const suspension of open)
        await suspensions.update(trx, suspension.id, { to_date: addDays(date, -1) }, ctx.at);
      await ctx.measures.update(
        trx,
        measureId,
        { status: to, closed_on: TERMINAL_STATUSES.includes(to) ? date : null },
        ctx.at,
      );
      await refreshMeasureFacts(trx, { measureIds: [measureId] });
      await ctx.measures.appendEvent(trx, {
        measureId,
        kind: 'status',
        from: row.status,
        to,
        note: reason,
        userId: ctx.userId,
        at: ctx.at,
      });
      await ctx.measures.refreshProjection(trx, measureId, ctx.today);
    });
    return loadMeasureDetail(ctx, measureId);
  }

  async assign(measureIds: string[], officerId: string | null): Promise<number> {
    const { ctx } = this;
    if (officerId) {
      const officer = await this.knex('users').where({ id: officerId }).whereNull('deleted_at').first();
      if (!officer || officer.role !== 'cpip' || officer.disabled) {
        throw new AppError('VALIDATION', 'Choisissez un CPIP actif.', {
          fields: [{ path: 'officerId', message: 'Choisissez un CPIP actif.' }],
        });
      }
    }
    const unique = [...new Set(measureIds)];
    const rows = await this.knex('measures')
      .whereIn('id', unique)
      .whereNull('deleted_at')
      .select('id', 'officer_id', 'status');
    if (rows.length !== unique.length)
      throw new AppError('NOT_FOUND', 'Une des mesures choisies n’existe pas (ou plus).');
    const closed = rows.find((r) => TERMINAL_STATUSES.includes(r.status));
    if (closed) throw new AppError('CONFLICT', 'Une mesure close ne peut plus être attribuée.');
    let changed = 0;
    await this.knex.transaction(async (trx) => {
      for (const row of rows) {
        if (row.officer_id === officerId) continue;
        await ctx.measures.update(trx, row.id, { officer_id: officerId }, ctx.at);
        await ctx.measures.appendEvent(trx, {
          measureId: row.id,
          kind: 'officer',
          from: row.officer_id,
          to: officerId,
          userId: ctx.userId,
          at: ctx.at,
        });
        changed += 1;
      }
    });
    return changed;
  }

  async setMedicalExam(measureId: string, date: string | null): Promise<MeasureDetail> {
    const { ctx } = this;
    await this.activeRow(measureId);
    if (date && date > ctx.today)
      throw new AppError('VALIDATION', 'La date ne peut être dans le futur.', {
        fields: [{ path: 'date', message: 'Date future.' }],
      });
    await this.knex.transaction((trx) => ctx.measures.update(trx, measureId, { medical_exam_date: date }, ctx.at));
    return loadMeasureDetail(ctx, measureId);
  }

  /** The measure, refusing closed ones: their record is kept as it was at closing. */
  private async activeRow(measureId: string) {
    const row = await this.ctx.measures.getRow(measureId);
    if (!row) throw notFound();
    if (TERMINAL_STATUSES.includes(row.status))
      throw new AppError('CONFLICT', 'La mesure est close : elle ne peut plus être modifiée.');
    return row;
  }

  private async credited(trx: Knex.Transaction, measureId: string): Promise<number> {
    const rows = await trx('hours_entries')
      .where({ measure_id: measureId })
      .select('id', 'date', 'duration_minutes', 'outcome', 'corrects_id');
    return creditedMinutes(
      rows.map((r) => ({
        id: r.id,
        date: r.date,
        durationMinutes: Number(r.duration_minutes),
        outcome: r.outcome,
        correctsId: r.corrects_id ?? null,
      })),
    );
  }
}
