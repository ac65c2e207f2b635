import { AppError } from '@shared/errors';
import type { Person, PersonFields, TimelineEvent } from '@shared/schemas/persons';
import type { Measure } from '@shared/schemas/measures';
import { ageProblem } from '@shared/domain/minors';
import { identityKey } from '@core/repo/row-codec';
import { uuidv7 } from '@core/util/uuid7';
import type { CaseContext } from './case-context';
import { loadMeasureDetail } from './measure-detail';
import { personTimeline } from './person-timeline';
import { refreshMeasureFacts } from '@core/repo/measure-facts';

/** The person file: identity, situation and constraints; their measures and what happened, newest first. */
export class PersonsService {
  constructor(private readonly ctx: CaseContext) {}

  async get(id: string): Promise<Person> {
    const person = await this.ctx.persons.get(id);
    if (!person) throw new AppError('NOT_FOUND', 'Cette personne n’existe pas (ou plus).');
    return person;
  }

  async create(fields: PersonFields): Promise<Person> {
    await this.assertNoHomonym(fields, null);
    const id = uuidv7();
    await this.ctx.session.db.knex.transaction((trx) => this.ctx.persons.insert(trx, id, fields, this.ctx.at));
    return this.get(id);
  }

  async update(id: string, fields: PersonFields): Promise<Person> {
    const current = await this.get(id);
    await this.assertNoHomonym(fields, id);
    const measures = await this.ctx.session.db
      .knex('measures')
      .where({ person_id: id })
      .whereNull('deleted_at')
      .select('type', 'decision_date', 'offence_date');
    if (fields.birthDate !== current.birthDate && measures.length > 0) {
      // A changed birth date can change which measures are legal; keep it consistent with the age rules.
      for (const m of measures) {
        const problem = ageProblem(m.type, fields.birthDate, m.decision_date, m.offence_date);
        if (problem)
          throw new AppError('VALIDATION', problem.message, {
            fields: [{ path: 'person.birthDate', message: problem.message }],
          });
      }
    }
    await this.ctx.session.db.knex.transaction(async (trx) => {
      await this.ctx.persons.update(trx, id, fields, this.ctx.at);
      await refreshMeasureFacts(trx, { personId: id });
    });
    return this.get(id);
  }

  async measures(id: string): Promise<Measure[]> {
    await this.get(id);
    const ids = await this.ctx.session.db
      .knex('measures')
      .where({ person_id: id })
      .whereNull('deleted_at')
      .orderBy('decision_date', 'desc')
      .pluck('id');
    const details = [];
    for (const measureId of ids as string[]) details.push((await loadMeasureDetail(this.ctx, measureId)).measure);
    return details;
  }

  async timeline(id: string): Promise<TimelineEvent[]> {
    await this.get(id);
    return personTimeline(this.ctx.session.db.knex, id);
  }

  private async assertNoHomonym(fields: PersonFields, selfId: string | null): Promise<void> {
    const existing = await this.ctx.persons.findByIdentity(
      identityKey(fields.lastName, fields.firstName, fields.birthDate),
    );
    if (existing && existing.id !== selfId) {
      const message = `Une personne de même nom, prénom et date de naissance existe déjà (dossier ${existing.dossierNumber}).`;
      throw new AppError('CONFLICT', message, { fields: [{ path: 'lastName', message }] });
    }
  }
}
