import { z } from 'zod';

export const AUTO_LOCK_MIN = 1;
export const AUTO_LOCK_MAX = 120;
export const AUTO_LOCK_DEFAULT = 10;

export const settingsSchema = z.object({
  serviceName: z.string(),
  autoLockMinutes: z.number().int(),
  /** Off by default: a person's home address is geocoded on this PC only (the gazetteer), never sent online. */
  personAddressesOnline: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const updateSettingsInput = z
  .object({
    serviceName: z
      .string()
      .trim()
      .min(1, { message: 'Le nom du service est obligatoire.' })
      .max(160, { message: 'Le nom du service ne peut dépasser 160 caractères.' })
      .optional(),
    autoLockMinutes: z
      .number({ message: 'Indiquez un nombre de minutes.' })
      .int({ message: 'Indiquez un nombre entier de minutes.' })
      .min(AUTO_LOCK_MIN, { message: `Le verrouillage automatique doit être d'au moins ${AUTO_LOCK_MIN} minute.` })
      .max(AUTO_LOCK_MAX, { message: `Le verrouillage automatique ne peut dépasser ${AUTO_LOCK_MAX} minutes.` })
      .optional(),
    personAddressesOnline: z.boolean({ message: 'Indiquez oui ou non.' }).optional(),
  })
  .strict();
