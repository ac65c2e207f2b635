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

/**
 * `npm run documents:samples -- --out DIR`: builds a small demo database in a temporary directory, renders every
 * available template from its data into DIR (one PDF each) and times one PDF of 200 convocations.
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

    const appointments = await call<Array<{ id: string; measureId: string; status: string }>>(
      core,
      'appointments.list',
      { from: addDays(today, -365), to: addDays(today, 365) },
    );
    let placedMeasure: string | null = null;
    for (const a of appointments) {
      const detail = await call<{ placements: Array<{ status: string }> }>(core, 'measures.get', { id: a.measureId });
      if (detail.placements.some((p) => p.status === 'active')) {
        placedMeasure = a.measureId;
        break;
      }
    }
    const planned = appointments.find((a) => a.status === 'prevu') ?? appointments[0];
    const jobs: Array<[string, string | undefined]> = [
      ['decision_affectation', placedMeasure ?? undefined],
      ['convocation', planned?.id],
      ['fiche_horaire', placedMeasure ?? undefined],
      ['fiche_consentement', placedMeasure ?? appointments[0]?.measureId],
    ];
    for (const [template, entityId] of jobs) {
      if (!entityId) {
        console.log(`${template} : aucune donnée de démonstration, ignoré.`);
        continue;
      }
      await generateInto(core, out, template, { entityId });
    }
    await reportSamples(core, out);
    await catalogueSamples(core, out);
    await core.close();
    // The 200-convocation figure: the batch renderer on 200 convocations in one PDF.
    await twoHundred(out, today);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Generates one document through the router and writes it to `out/<template>.pdf`, with its time. */
async function generateInto(
  core: AppCore,
  out: string,
  template: string,
  input: Record<string, string>,
): Promise<void> {
  const started = performance.now();
  const result = await call<Generated>(core, 'documents.generate', { template, ...input });
  const ms = performance.now() - started;
  writeFileSync(join(out, `${template}.pdf`), Buffer.from(result.pdfBase64, 'base64'));
  console.log(
    `${template}.pdf  ${result.document.reference}  ${result.document.pages} p.  ${result.document.bytes} o  ${ms.toFixed(0)} ms`,
  );
}

type CaseloadItem = { measureId: string; status: string; creditedMinutes: number };
type MeasureDetail = { measure: { status: string }; incidents: unknown[]; ledger: Array<{ outcome: string }> };

async function caseload(core: AppCore, statuses: string[]): Promise<CaseloadItem[]> {
  return (await call<{ items: CaseloadItem[] }>(core, 'measures.caseload', { statuses, sort: 'name', limit: 200 }))
    .items;
}

/** The officer's assessment at the end of a measure, as a CPIP would write it to the judge, true to the file. */
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
      ? 'Je vous propose de constater l’exécution du travail d’intérêt général.'
      : 'Je reste à votre disposition pour tout complément d’information.',
  ].join(' ');
}

/** The response a CPIP proposes to the judge after incidents: a debate before the prison term once the measure is failing. */
function incidentReportText(failing: boolean): string {
  return failing
    ? 'Malgré un rappel du cadre en entretien, les manquements se sont répétés et l’exécution de la mesure est compromise. Je propose qu’un débat contradictoire soit organisé en vue de la mise à exécution de tout ou partie de l’emprisonnement ou de l’amende fixés par la juridiction (article 733-2 du code de procédure pénale).'
    : 'Les faits ont été repris en entretien avec la personne, qui s’engage à respecter le planning convenu avec la structure d’accueil. Je propose un rappel des obligations par le juge de l’application des peines et la poursuite de la mesure sur le même poste ; le service vous informera sans délai de tout nouveau manquement.';
}

/**
 * The reports to the JAP: the completed measure with the most hours for the attestation d'exécution and the rapport
 * de fin de mesure; a measure with incidents (preferably one not executed, with hours done) for the rapport d'incident.
 */
async function reportSamples(core: AppCore, out: string): Promise<void> {
  const completed = (await caseload(core, ['acheve'])).filter((m) => m.creditedMinutes > 0);
  const worked =
    completed.length > 0
      ? completed
      : (await caseload(core, ['en_cours', 'suspendu', 'inexecute', 'revoque'])).filter((m) => m.creditedMinutes > 0);
  const mostHours = worked.sort((a, b) => b.creditedMinutes - a.creditedMinutes)[0];
  if (mostHours) {
    const detail = await call<MeasureDetail>(core, 'measures.get', { id: mostHours.measureId });
    await generateInto(core, out, 'attestation_execution', { entityId: mostHours.measureId });
    await generateInto(core, out, 'rapport_fin_mesure', { entityId: mostHours.measureId, text: endReportText(detail) });
  } else {
    console.log(
      'attestation_execution, rapport_fin_mesure : aucune mesure avec des heures effectuées dans la démonstration, ignorés.',
    );
  }

  let withIncident: CaseloadItem | undefined;
  for (const statuses of [
    ['inexecute', 'revoque'],
    ['en_cours', 'suspendu', 'acheve'],
  ]) {
    const candidates = (await caseload(core, statuses)).sort((a, b) => b.creditedMinutes - a.creditedMinutes);
    for (const candidate of candidates) {
      if ((await call<MeasureDetail>(core, 'measures.get', { id: candidate.measureId })).incidents.length > 0) {
        withIncident = candidate;
        break;
      }
    }
    if (withIncident) break;
  }
  if (withIncident) {
    await generateInto(core, out, 'rapport_incident', {
      entityId: withIncident.measureId,
      text: incidentReportText(withIncident.status === 'inexecute' || withIncident.status === 'revoque'),
    });
  } else {
    console.log('rapport_incident : aucun incident dans la démonstration, ignoré.');
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
