import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openAppCore, type AppCore } from '../app-core';
import { SeededRandom } from '../demo/seeded-random';
import { demoUsers } from '../demo/demo-users';
import { SEED_SIZES } from '../demo/seed-cases';
import { seedDemoDatabase } from '../demo/seed-database';
import { addDays, parisDateOf } from '@shared/domain/local-date';
import { renderDocument, countPages, type StoredDocument } from '../documents/render';
import type { ConvocationData } from '../documents/document-data';
import { parseArgs } from './args';
import { measureAuthority, type MeasureAuthority } from '@shared/domain/measure-authority';
import { MEASURE_TYPES, type MeasureType } from '@shared/domain/measure-types';
import { MEASURE_STATUSES } from '@shared/domain/measure-status';

/**
 * `npm run documents:samples -- --out DIR`: builds a small demo database in a temporary directory, renders every
 * available template from its data into DIR (one PDF each; the measure documents once per measure type, as
 * `rapport-incident-tnr.pdf`) and times one PDF of 200 convocations.
 */
const PASSPHRASE = 'démo démo démo 2026';
const LIGHT_KDF = { N: 2 ** 12, r: 8, p: 1 };

async function call<T>(core: AppCore, method: string, input: unknown): Promise<T> {
  const response = await core.call(method, input);
  if (!response.ok) throw new Error(`${method} : ${response.error.message}`);
  return response.result as T;
}

interface Generated {
  document: { reference: string; pages: number; bytes: number };
  pdfBase64: string;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { values: ['out'] });
  if (typeof args.out !== 'string') throw new Error('Usage : npm run documents:samples -- --out DOSSIER');
  const out = resolve(args.out);
  mkdirSync(out, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'tigdesk-samples-'));
  try {
    const now = new Date();
    const today = parisDateOf(now);
    let core = await openAppCore({ dataDir, kdf: LIGHT_KDF });
    await call(core, 'session.setup', {
      serviceName: 'SPIP de démonstration',
      username: 'admin',
      displayName: 'Administrateur local',
      passphrase: PASSPHRASE,
    });
    const users = demoUsers('small', new SeededRandom(1), PASSPHRASE);
    for (const user of users) await call(core, 'users.create', user);
    await call(core, 'session.logout', {});
    await core.close();
    await seedDemoDatabase(dataDir, PASSPHRASE, { size: SEED_SIZES.small, seed: 1, today, now });
    core = await openAppCore({ dataDir, kdf: LIGHT_KDF });
    const dpip = users.find((u) => u.role === 'dpip') ?? users.find((u) => u.role === 'cpip');
    if (!dpip) throw new Error('Aucun utilisateur dpip ou cpip dans la démo.');
    await call(core, 'session.login', { username: dpip.username, passphrase: PASSPHRASE });
    await call(core, 'letterhead.update', {
      serviceName: 'SPIP de démonstration',
      address: '12 rue de l’Œuvre, 33000 Bordeaux',
      phone: '05 56 00 00 00',
      email: 'spip.demo@justice.fr',
      directorName: 'Mme Hélène Dupré',
      delegateName: 'M. Jérôme Cœur',
      delegateTitle: 'directeur adjoint',
      logoDataUrl: null,
    });

    await measureSamples(core, out, today);
    await catalogueSamples(core, out);
    await core.close();
    // The 200-convocation figure: the batch renderer on 200 convocations in one PDF.
    await twoHundred(out, today);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Generates one document through the router and writes it to `out/<name>.pdf`, with its time. */
async function generateInto(
  core: AppCore,
  out: string,
  template: string,
  input: Record<string, string>,
  name: string = template,
): Promise<void> {
  const started = performance.now();
  const result = await call<Generated>(core, 'documents.generate', { template, ...input });
  const ms = performance.now() - started;
  writeFileSync(join(out, `${name}.pdf`), Buffer.from(result.pdfBase64, 'base64'));
  console.log(
    `${name}.pdf  ${result.document.reference}  ${result.document.pages} p.  ${result.document.bytes} o  ${ms.toFixed(0)} ms`,
  );
}

type CaseloadItem = { measureId: string; type: MeasureType; status: string; creditedMinutes: number };
type MeasureDetail = {
  person: { birthDate: string };
  measure: { type: MeasureType; status: string; minorAtFacts: boolean; effectiveDeadline: string };
  placements: Array<{ status: string }>;
  incidents: unknown[];
  ledger: Array<{ outcome: string }>;
};

/** Every measure of the office, a page of 200 at a time. */
async function everyMeasure(core: AppCore): Promise<CaseloadItem[]> {
  const items: CaseloadItem[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = await call<{ items: CaseloadItem[] }>(core, 'measures.caseload', {
      statuses: [...MEASURE_STATUSES],
      sort: 'name',
      offset,
      limit: 200,
    });
    items.push(...page.items);
    if (page.items.length < 200) return items;
  }
}

function authorityOfDetail(detail: MeasureDetail): MeasureAuthority {
  return measureAuthority(detail.measure.type, detail.measure.minorAtFacts);
}

/** The officer's assessment at the end of a measure, as a CPIP would write it to the authority, true to the file. */
function endReportText(detail: MeasureDetail): string {
  const completed = detail.measure.status === 'acheve';
  const absences = detail.ledger.some((e) => e.outcome === 'absence_injustifiee');
  const incidents = detail.incidents.length > 0;
  const lapses =
    absences && incidents
      ? 'Les absences injustifiées et les incidents relevés'
      : absences
        ? 'Les absences injustifiées relevées'
        : 'Les incidents relevés';
  return [
    completed
      ? 'Les heures ordonnées ont été intégralement effectuées.'
      : 'La mesure arrive à son terme sans que toutes les heures aient été effectuées.',
    absences || incidents
      ? `${lapses} ont été ${absences && !incidents ? 'reprises' : 'repris'} en entretien et n’ont pas compromis l’exécution de la mesure ; le tuteur souligne le sérieux de la personne et sa bonne intégration dans l’équipe.`
      : 'La personne s’est présentée avec régularité aux séances fixées par la structure d’accueil ; le tuteur souligne sa ponctualité, son sérieux et sa bonne intégration dans l’équipe.',
    completed
      ? `Je vous propose de constater l’exécution du ${authorityOfDetail(detail).work}.`
      : 'Je reste à votre disposition pour tout complément d’information.',
  ].join(' ');
}

/** The response a CPIP proposes to the authority after incidents: the authority decides, the officer reports. */
function incidentReportText(failing: boolean, authority: MeasureAuthority): string {
  return failing
    ? 'Malgré un rappel du cadre en entretien, les manquements se sont répétés et l’exécution de la mesure est compromise. Je vous en rends compte afin que vous puissiez donner à la mesure la suite que vous jugerez utile.'
    : `Les faits ont été repris en entretien avec la personne, qui s’engage à respecter le planning convenu avec la structure d’accueil. Je propose un rappel des obligations par ${authority.withArticle} et la poursuite de la mesure sur le même poste ; le service vous informera sans délai de tout nouveau manquement.`;
}

/** « tig_mineur » → « tig-mineur », as sample file names write it. */
const slug = (value: string) => value.replace(/_/g, '-');

/**
 * One document of each measure-related kind for each measure type, from the demo measures of that type: a placed
 * measure for the décision d'affectation and the consent sheet, an appointment for the convocation, the measure
 * with the most hours (completed first) for the attestation and the end report, a measure with incidents (failing
 * first) for the incident report. Plus the fiche horaire of a placed measure.
 */
async function measureSamples(core: AppCore, out: string, today: string): Promise<void> {
  const measures = await everyMeasure(core);
  const details = new Map<string, MeasureDetail>();
  const detailOf = async (id: string) => {
    let detail = details.get(id);
    if (!detail) {
      detail = await call<MeasureDetail>(core, 'measures.get', { id });
      details.set(id, detail);
    }
    return detail;
  };
  const firstOf = async (items: CaseloadItem[], test: (d: MeasureDetail) => boolean) => {
    for (const item of items) if (test(await detailOf(item.measureId))) return item;
    return undefined;
  };
  const rank = (statuses: string[]) => (item: CaseloadItem) => {
    const i = statuses.indexOf(item.status);
    return i < 0 ? statuses.length : i;
  };
  const appointments = await call<Array<{ id: string; measureId: string; status: string }>>(core, 'appointments.list', {
    from: addDays(today, -365),
    to: addDays(today, 365),
  });
  const typeOf = new Map(measures.map((m) => [m.measureId, m.type]));
  let timesheetDone = false;
  for (const type of MEASURE_TYPES) {
    const ofType = measures.filter((m) => m.type === type);
    const missing = (what: string) => console.log(`${what}-${slug(type)} : aucune donnée de démonstration, ignoré.`);
    const placed = await firstOf(
      ofType.filter((m) => m.status === 'en_cours'),
      (d) => d.placements.some((p) => p.status === 'active'),
    );
    if (placed) {
      await generateInto(
        core,
        out,
        'decision_affectation',
        { entityId: placed.measureId },
        `decision-affectation-${slug(type)}`,
      );
      await generateInto(
        core,
        out,
        'fiche_consentement',
        { entityId: placed.measureId },
        `fiche-consentement-${slug(type)}`,
      );
      if (!timesheetDone) {
        await generateInto(core, out, 'fiche_horaire', { entityId: placed.measureId });
        timesheetDone = true;
      }
    } else {
      missing('decision-affectation');
      missing('fiche-consentement');
    }
    const appointment =
      appointments.find((a) => typeOf.get(a.measureId) === type && a.status === 'prevu') ??
      appointments.find((a) => typeOf.get(a.measureId) === type);
    if (appointment)
      await generateInto(core, out, 'convocation', { entityId: appointment.id }, `convocation-${slug(type)}`);
    else missing('convocation');

    const byStatus = (statuses: string[]) => {
      const order = rank(statuses);
      return [...ofType].sort((a, b) => order(a) - order(b) || b.creditedMinutes - a.creditedMinutes);
    };
    const worked = byStatus(['acheve']).filter((m) => m.creditedMinutes > 0)[0];
    if (worked) {
      const detail = await detailOf(worked.measureId);
      await generateInto(
        core,
        out,
        'attestation_execution',
        { entityId: worked.measureId },
        `attestation-execution-${slug(type)}`,
      );
      await generateInto(
        core,
        out,
        'rapport_fin_mesure',
        { entityId: worked.measureId, text: endReportText(detail) },
        `rapport-fin-mesure-${slug(type)}`,
      );
    } else {
      missing('attestation-execution');
      missing('rapport-fin-mesure');
    }
    let withIncident = await firstOf(
      byStatus(['inexecute', 'revoque', 'en_cours', 'suspendu']),
      (d) => d.incidents.length > 0,
    );
    if (!withIncident && placed) {
      // Few measures of a type have incidents in a small office: record one, as an officer would, on the placed one.
      await call(core, 'incidents.record', {
        measureId: placed.measureId,
        kind: 'absence',
        date: today,
        description: 'Absent sans prévenir ; le tuteur a signalé l’absence le jour même.',
      });
      details.delete(placed.measureId);
      withIncident = placed;
    }
    if (withIncident) {
      const failing = withIncident.status === 'inexecute' || withIncident.status === 'revoque';
      await generateInto(
        core,
        out,
        'rapport_incident',
        {
          entityId: withIncident.measureId,
          text: incidentReportText(failing, authorityOfDetail(await detailOf(withIncident.measureId))),
        },
        `rapport-incident-${slug(type)}`,
      );
    } else missing('rapport-incident');
  }
}

/** The catalogue documents: a decided habilitation, a decided registration, and the catalogue of the busiest département. */
async function catalogueSamples(core: AppCore, out: string): Promise<void> {
  type Page<T> = { items: T[] };
  const hosts = await call<Page<{ id: string; habilitatedByRight: boolean }>>(core, 'hosts.list', { limit: 200 });
  let habilitationId: string | undefined;
  for (const host of hosts.items.filter((h) => !h.habilitatedByRight)) {
    habilitationId = (
      await call<Array<{ id: string; decision: string | null }>>(core, 'habilitations.list', { hostId: host.id })
    ).find((h) => h.decision)?.id;
    if (habilitationId) break;
  }
  const posts = await call<Page<{ id: string; postalCode: string | null }>>(core, 'posts.list', {
    registered: true,
    limit: 200,
  });
  let registrationId: string | undefined;
  for (const post of posts.items) {
    registrationId = (
      await call<Array<{ id: string; decision: string | null }>>(core, 'registrations.list', { postId: post.id })
    ).find((r) => r.decision)?.id;
    if (registrationId) break;
  }
  const counts = new Map<string, number>();
  for (const post of posts.items) {
    const dep = post.postalCode?.slice(0, 2);
    if (dep) counts.set(dep, (counts.get(dep) ?? 0) + 1);
  }
  const departement = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const jobs: Array<[string, Record<string, string> | null]> = [
    ['decision_habilitation', habilitationId ? { entityId: habilitationId } : null],
    ['decision_inscription', registrationId ? { entityId: registrationId } : null],
    ['catalogue_postes', departement ? { departement } : null],
  ];
  for (const [template, input] of jobs) {
    if (!input) {
      console.log(`${template} : aucune donnée de démonstration, ignoré.`);
      continue;
    }
    await generateInto(core, out, template, input);
  }
}

async function twoHundred(out: string, today: string): Promise<void> {
  const item: ConvocationData = {
    person: {
      id: 'p',
      dossierNumber: 'D26-ABCDEF',
      lastName: 'Lefèvre',
      firstName: 'Zoé',
      birthDate: '1998-05-14',
      birthPlace: 'Libourne',
      address: '3 rue du Cœur, 33130 Bègles',
    },
    measure: {
      id: 'm',
      type: 'tig',
      typeLabel: 'TIG — peine principale',
      court: 'Tribunal judiciaire de Bordeaux',
      decisionDate: '2026-10-01',
      courtReference: null,
      magistrate: null,
      followingMagistrate: null,
      followingCourt: null,
      minorAtFacts: false,
      authority: measureAuthority('tig'),
      consentStatus: 'hearing',
      consentDate: '2026-10-01',
      hoursOrdered: 70,
      creditedMinutes: 0,
      remainingMinutes: 4200,
      effectiveDeadline: '2028-04-01',
      officerName: 'Paul Durand',
    },
    appointment: {
      id: 'a',
      kind: 'entretien',
      kindLabel: 'Entretien',
      date: today,
      time: '10:00',
      durationMinutes: 45,
      place: 'SPIP, 12 rue de l’Œuvre, Bordeaux',
      officerName: 'Paul Durand',
      notes: null,
    },
    issuedOn: today,
  };
  const stored: StoredDocument = {
    template: 'convocation',
    title: 'Convocations',
    reference: `LCV-${today.slice(0, 4)}-SAMPLE`,
    generatedAt: new Date().toISOString(),
    letterhead: {
      serviceName: 'SPIP de démonstration',
      address: '12 rue de l’Œuvre, 33000 Bordeaux',
      phone: '05 56 00 00 00',
      email: 'spip.demo@justice.fr',
      directorName: '',
      delegateName: '',
      delegateTitle: '',
      logoDataUrl: null,
    },
    content: {
      kind: 'batch_convocations',
      data: Array.from({ length: 200 }, (_, i) => ({ ...item, appointment: { ...item.appointment, id: `a${i}` } })),
    },
  };
  const started = performance.now();
  const pdf = await renderDocument(stored);
  const ms = performance.now() - started;
  writeFileSync(join(out, 'convocations-200.pdf'), pdf);
  console.log(
    `convocations-200.pdf  ${countPages(pdf)} p.  ${pdf.length} o  ${ms.toFixed(0)} ms  (RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} Mo)`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
