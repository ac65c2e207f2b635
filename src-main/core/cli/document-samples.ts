import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openAppCore, type AppCore } from '../app-core';
import { SeededRandom } from '../demo/seeded-random';
import { demoUsers } from '../demo/demo-users';
import { SEED_SIZES } from '../demo/seed-cases';
import { seedDemoDatabase } from '../demo/seed-database';
import { addDays, parisDateOf } from '../../../src-shared/domain/local-date';
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
    await call(core, 'session.setup', { serviceName: 'SPIP de démonstration', username: 'admin', displayName: 'Administrateur local', passphrase: PASSPHRASE });
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

    const appointments = await call<Array<{ id: string; measureId: string; status: string }>>(core, 'appointments.list', { from: addDays(today, -365), to: addDays(today, 365) });
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
      const started = performance.now();
      const result = await call<Generated>(core, 'documents.generate', { template, entityId });
      const ms = performance.now() - started;
      writeFileSync(join(out, `${template}.pdf`), Buffer.from(result.pdfBase64, 'base64'));
      console.log(`${template}.pdf  ${result.document.reference}  ${result.document.pages} p.  ${result.document.bytes} o  ${ms.toFixed(0)} ms`);
    }
    await catalogueSamples(core, out);
    await core.close();
    // The 200-convocation figure: the batch renderer on 200 convocations in one PDF.
    await twoHundred(out, today);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The catalogue documents: a decided habilitation, a decided registration, and the catalogue of the busiest département. */
async function catalogueSamples(core: AppCore, out: string): Promise<void> {
  type Page<T> = { items: T[] };
  const hosts = await call<Page<{ id: string; habilitatedByRight: boolean }>>(core, 'hosts.list', { limit: 200 });
  let habilitationId: string | undefined;
  for (const host of hosts.items.filter((h) => !h.habilitatedByRight)) {
    habilitationId = (await call<Array<{ id: string; decision: string | null }>>(core, 'habilitations.list', { hostId: host.id })).find((h) => h.decision)?.id;
    if (habilitationId) break;
  }
  const posts = await call<Page<{ id: string; postalCode: string | null }>>(core, 'posts.list', { registered: true, limit: 200 });
  let registrationId: string | undefined;
  for (const post of posts.items) {
    registrationId = (await call<Array<{ id: string; decision: string | null }>>(core, 'registrations.list', { postId: post.id })).find((r) => r.decision)?.id;
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
    const started = performance.now();
    const result = await call<Generated>(core, 'documents.generate', { template, ...input });
    const ms = performance.now() - started;
    writeFileSync(join(out, `${template}.pdf`), Buffer.from(result.pdfBase64, 'base64'));
    console.log(`${template}.pdf  ${result.document.reference}  ${result.document.pages} p.  ${result.document.bytes} o  ${ms.toFixed(0)} ms`);
  }
}

async function twoHundred(out: string, today: string): Promise<void> {
  const item: ConvocationData = {
    person: { id: 'p', dossierNumber: 'D26-ABCDEF', lastName: 'Lefèvre', firstName: 'Zoé', birthDate: '1998-05-14', birthPlace: 'Libourne', address: '3 rue du Cœur, 33130 Bègles' },
    measure: { id: 'm', type: 'tig', typeLabel: 'TIG — peine principale', court: 'Tribunal judiciaire de Bordeaux', decisionDate: '2026-10-01', courtReference: null, magistrate: null, hoursOrdered: 70, creditedMinutes: 0, remainingMinutes: 4200, effectiveDeadline: '2028-04-01', officerName: 'Paul Durand' },
    appointment: { id: 'a', kind: 'entretien', kindLabel: 'Entretien', date: today, time: '10:00', durationMinutes: 45, place: 'SPIP, 12 rue de l’Œuvre, Bordeaux', officerName: 'Paul Durand', notes: null },
    issuedOn: today,
  };
  const stored: StoredDocument = {
    template: 'convocation',
    title: 'Convocations',
    reference: `LCV-${today.slice(0, 4)}-SAMPLE`,
    generatedAt: new Date().toISOString(),
    letterhead: { serviceName: 'SPIP de démonstration', address: '12 rue de l’Œuvre, 33000 Bordeaux', phone: '05 56 00 00 00', email: 'spip.demo@justice.fr', directorName: '', delegateName: '', delegateTitle: '', logoDataUrl: null },
    content: { kind: 'batch_convocations', data: Array.from({ length: 200 }, (_, i) => ({ ...item, appointment: { ...item.appointment, id: `a${i}` } })) },
  };
  const started = performance.now();
  const pdf = await renderDocument(stored);
  const ms = performance.now() - started;
  writeFileSync(join(out, 'convocations-200.pdf'), pdf);
  console.log(`convocations-200.pdf  ${countPages(pdf)} p.  ${pdf.length} o  ${ms.toFixed(0)} ms  (RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} Mo)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
