import { z } from 'zod';
import { method } from './method';
import { emptyInput, okOutput } from '../schemas/common';
import {
  changePassphraseInput,
  loginInput,
  recoverInput,
  renewRecoveryKeyInput,
  renewRecoveryKeyOutput,
  recoveryKeyStatusSchema,
  sessionStateSchema,
  setupInput,
  setupOutput,
  unlockInput,
} from '../schemas/session';
import {
  clearLockoutInput,
  clearLockoutOutput,
  createUserInput,
  resetPassphraseInput,
  updateUserInput,
  userSchema,
} from '../schemas/users';
import { settingsSchema, updateSettingsInput } from '../schemas/settings';
import { exportCheckpointOutput, listAuditInput, listAuditOutput, verifyAuditOutput } from '../schemas/audit';
import { casesContract } from './cases-contract';
import { geoContract } from './geo-contract';
import { catalogueContract } from './catalogue-contract';
import { documentsContract } from './documents-contract';

/**
 * The one RPC contract between the renderer and the main process (DESIGN.md §4).
 * Both hosts serve exactly these methods through the same router.
 */
export const contract = {
  'session.status': method({
    summary: 'État de la session : première installation, connexion, verrouillée ou ouverte.',
    input: emptyInput,
    output: sessionStateSchema,
    access: 'public',
    audit: 'none',
    whileLocked: true,
  }),
  'session.setup': method({
    summary: 'Première installation : crée le service, la base chiffrée et le compte administrateur.',
    input: setupInput,
    output: setupOutput,
    access: 'public',
    audit: 'write',
  }),
  'session.login': method({
    summary: 'Connexion avec identifiant et phrase de passe.',
    input: loginInput,
    output: sessionStateSchema,
    access: 'public',
    audit: 'write',
  }),
  'session.logout': method({
    summary: 'Déconnexion.',
    input: emptyInput,
    output: sessionStateSchema,
    access: 'public',
    audit: 'write',
    whileLocked: true,
  }),
  'session.lock': method({
    summary: 'Verrouille la session.',
    input: emptyInput,
    output: sessionStateSchema,
    access: 'signed-in',
    audit: 'write',
  }),
  'session.unlock': method({
    summary: "Déverrouille la session de l'utilisateur connecté.",
    input: unlockInput,
    output: sessionStateSchema,
    access: 'public',
    audit: 'write',
    whileLocked: true,
  }),
  'session.activity': method({
    summary: "Signale une activité de l'utilisateur (repousse le verrouillage automatique).",
    input: emptyInput,
    output: okOutput,
    access: 'signed-in',
    audit: 'none',
  }),
  'session.changePassphrase': method({
    summary: 'Change la phrase de passe de l’utilisateur connecté.',
    input: changePassphraseInput,
    output: okOutput,
    access: 'signed-in',
    audit: 'write',
  }),
  'session.renewRecoveryKey': method({
    summary: 'Remplace la clé de secours (l’ancienne cesse de fonctionner) ; la nouvelle est affichée une fois.',
    input: renewRecoveryKeyInput,
    output: renewRecoveryKeyOutput,
    access: ['admin'],
    audit: 'write',
  }),
  'session.confirmRecoveryKey': method({
    summary: 'L’administrateur a imprimé ou noté la nouvelle clé de secours : elle ne peut plus être imprimée.',
    input: emptyInput,
    output: okOutput,
    access: ['admin'],
    audit: 'write',
  }),
  'session.recoveryKeyStatus': method({
    summary: 'Date de la clé de secours en service, et si son administrateur a confirmé l’avoir rangée.',
    input: emptyInput,
    output: recoveryKeyStatusSchema,
    access: ['admin'],
    audit: 'none',
  }),
  'session.recover': method({
    summary: "Redéfinit la phrase de passe d'un administrateur avec la clé de secours.",
    input: recoverInput,
    output: okOutput,
    access: 'public',
    audit: 'write',
  }),
  'users.list': method({
    summary: 'Liste des comptes utilisateurs.',
    input: emptyInput,
    output: z.array(userSchema),
    access: ['admin', 'dpip'],
    audit: 'read',
  }),
  'users.create': method({
    summary: 'Crée un compte utilisateur.',
    input: createUserInput,
    output: userSchema,
    access: ['admin'],
    audit: 'write',
  }),
  'users.update': method({
    summary: 'Modifie le nom, le rôle ou l’activation d’un compte.',
    input: updateUserInput,
    output: userSchema,
    access: ['admin'],
    audit: 'write',
  }),
  'users.resetPassphrase': method({
    summary: "Réinitialise la phrase de passe d'un compte.",
    input: resetPassphraseInput,
    output: okOutput,
    access: ['admin'],
    audit: 'write',
  }),
  'users.clearLockout': method({
    summary: 'Lève l’attente imposée à un compte après des phrases de passe erronées.',
    input: clearLockoutInput,
    output: clearLockoutOutput,
    access: ['admin'],
    audit: 'write',
  }),
  'settings.get': method({
    summary: 'Paramètres du service.',
    input: emptyInput,
    output: settingsSchema,
    access: 'signed-in',
    audit: 'none',
  }),
  'settings.update': method({
    summary: 'Modifie les paramètres du service.',
    input: updateSettingsInput,
    output: settingsSchema,
    access: ['admin'],
    audit: 'write',
  }),
  'audit.list': method({
    summary: "Journal d'audit, du plus récent au plus ancien.",
    input: listAuditInput,
    output: listAuditOutput,
    access: ['admin'],
    audit: 'read',
  }),
  'audit.verify': method({
    summary:
      "Vérifie l'intégrité du chaînage du journal d'audit et sa concordance avec le dernier point de contrôle signé.",
    input: emptyInput,
    output: verifyAuditOutput,
    access: ['admin'],
    audit: 'read',
  }),
  'audit.exportCheckpoint': method({
    summary:
      'Dernier point de contrôle signé du journal d’audit et empreinte de la clé de ce poste, à imprimer ou conserver.',
    input: emptyInput,
    output: exportCheckpointOutput,
    access: ['admin'],
    audit: 'read',
  }),
  ...casesContract,
  ...geoContract,
  ...catalogueContract,
  ...documentsContract,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
