import { AppError } from '@shared/errors';

export function wrongKeyError(): AppError {
  return new AppError(
    'FORBIDDEN',
    "La base de données n'a pas pu être ouverte avec cette clé : la clé est erronée ou le fichier n'est pas une base TIG Desk.",
  );
}

export function newerSchemaError(found: number, known: number): AppError {
  return new AppError(
    'CONFLICT',
    `Cette base de données a été écrite par une version plus récente de TIG Desk (schéma ${found}, cette version connaît le schéma ${known}). Installez la dernière version de TIG Desk pour l'ouvrir.`,
  );
}
