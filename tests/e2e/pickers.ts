import type { Locator, Page } from '@playwright/test';

/** The accessible name of a field, with or without the asterisk MUI adds to required ones. */
function fieldName(label: string): RegExp {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\*)?$`);
}

/** A date or time picker field: a group of sections (jj, mm, aaaa or HH, mm) labelled by the field's label. */
export function pickerField(scope: Page | Locator, label: string): Locator {
  return scope.getByRole('group', { name: fieldName(label) });
}

/** Types a date the way a user does, as jj/mm/aaaa from the first section; `iso` is 'YYYY-MM-DD'. */
export async function typeDate(scope: Page | Locator, label: string, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  const field = pickerField(scope, label);
  await field.getByRole('spinbutton').first().click();
  await field.page().keyboard.type(`${day}${month}${year}`);
}

/** Types a time as HH:mm from the hours section; `time` is 'HH:mm'. */
export async function typeTime(scope: Page | Locator, label: string, time: string): Promise<void> {
  const field = pickerField(scope, label);
  await field.getByRole('spinbutton').first().click();
  await field.page().keyboard.type(time.replace(':', ''));
}
