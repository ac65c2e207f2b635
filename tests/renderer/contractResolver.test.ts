import { describe, expect, it } from 'vitest';
import type { FieldValues, ResolverOptions } from 'react-hook-form';
import { suspensionInput } from '@shared/schemas/measures';
import { resetPassphraseInput } from '@shared/schemas/users';
import { contractResolver } from '@renderer/forms/contractResolver';
import { confirmationIssue } from '@renderer/forms/passphraseHint';

const MEASURE = '01a1ca0b-e6a0-768e-ae4a-18decc1e716d';
const options = <V extends FieldValues>() =>
  ({ fields: {}, shouldUseNativeValidation: false }) as unknown as ResolverOptions<V>;

interface Values {
  from: string;
  to: string;
  note: string;
}

const toInput = (measureId: string) => (values: Values) => ({
  measureId,
  reason: 'medical' as const,
  from: values.from,
  to: values.to === '' ? null : values.to,
  note: values.note,
});

describe('contractResolver', () => {
  it('keeps the form values when the contract accepts their input', async () => {
    const resolve = contractResolver(suspensionInput, toInput(MEASURE));
    const values = { from: '2026-03-01', to: '', note: '' };
    expect(await resolve(values, undefined, options())).toEqual({ values, errors: {} });
  });

  it('puts the contract’s issues under the fields, and an issue on a value the form does not hold in its alert', async () => {
    const resolve = contractResolver(suspensionInput, toInput('pas-un-id'));
    const result = await resolve({ from: '2026-03-10', to: '2026-03-01', note: '' }, undefined, options());
    expect(result.values).toEqual({});
    expect(result.errors.to?.message).toBe('La fin de la suspension doit suivre son début.');
    expect(result.errors.root?.server?.message).toBe('Identifiant invalide.');
  });

  it('lets a client check speak first when it names the same field as the contract', async () => {
    const resolve = contractResolver(suspensionInput, toInput(MEASURE), (values) =>
      values.from === '' ? [{ path: 'from', message: 'Indiquez le début.' }] : [],
    );
    const result = await resolve({ from: '', to: '', note: '' }, undefined, options());
    expect(result.errors.from?.message).toBe('Indiquez le début.');
  });

  it('refuses values the contract accepts when a client check has a message, under the field it names', async () => {
    const resolve = contractResolver(suspensionInput, toInput(MEASURE), (values) =>
      values.note === '' ? [{ path: 'note', message: 'Précisez le motif.' }] : [],
    );
    const result = await resolve({ from: '2026-03-01', to: '', note: '' }, undefined, options());
    expect(result.values).toEqual({});
    expect(result.errors.note?.message).toBe('Précisez le motif.');
    expect(result.errors.from).toBeUndefined();
  });

  it('puts a passphrase confirmation that does not match under the confirmation field', async () => {
    interface Reset {
      passphrase: string;
      confirmation: string;
    }
    const resolve = contractResolver(
      resetPassphraseInput,
      (values: Reset) => ({ id: MEASURE, passphrase: values.passphrase }),
      (values) => confirmationIssue(values.passphrase, values.confirmation),
    );
    const passphrase = 'une phrase de passe assez longue';
    const result = await resolve({ passphrase, confirmation: `${passphrase}!` }, undefined, options());
    expect(result.errors.confirmation?.message).toBe('Les deux phrases de passe ne sont pas identiques.');
    expect(result.errors.passphrase).toBeUndefined();
    const same = { passphrase, confirmation: passphrase };
    expect(await resolve(same, undefined, options())).toEqual({ values: same, errors: {} });
  });
});
