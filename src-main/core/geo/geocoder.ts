/**
 * Geocoding (DESIGN.md §7): online through an API speaking the French national address API format, called from the
 * main process with a short timeout and no retry; the offline gazetteer answers when it fails or is unreachable.
 */
import type { Knex } from 'knex';
import { z } from 'zod';
import type { GeocodeResult } from '@shared/schemas/geo';
import { searchGazetteer } from './gazetteer';

const MAX_ANSWER_BYTES = 2 * 1024 * 1024;

const featureSchema = z.object({
  geometry: z.object({
    type: z.literal('Point'),
    coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).rest(z.number()),
  }),
  properties: z.object({
    label: z.string().min(1).max(500),
    score: z.number().optional(),
    postcode: z.string().max(10).optional(),
    city: z.string().max(200).optional(),
  }),
});

const answerSchema = z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()).max(100) });

export class AddressApiError extends Error {}

/** One call to `{base}/search/?q=…&limit=N`; throws AddressApiError on any failure, including a malformed answer. */
export async function searchAddressApi(
  base: string,
  query: string,
  limit: number,
  timeoutMs: number,
): Promise<GeocodeResult[]> {
  const url = `${base}/search/?q=${encodeURIComponent(query)}&limit=${limit}`;
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Accept: 'application/json' },
      // A redirect could lead anywhere: the configured server must answer itself.
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new AddressApiError(`address API unreachable: ${(error as Error).message}`);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new AddressApiError(`address API answered ${response.status}`);
  }
  let text: string;
  try {
    text = await readLimited(response, MAX_ANSWER_BYTES);
  } catch (error) {
    throw new AddressApiError(`address API answer unreadable: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AddressApiError('address API answer is not JSON');
  }
  const answer = answerSchema.safeParse(json);
  if (!answer.success) throw new AddressApiError('address API answer is not a FeatureCollection');
  const results: GeocodeResult[] = [];
  for (const raw of answer.data.features) {
    const feature = featureSchema.safeParse(raw);
    if (!feature.success) continue;
    const { geometry, properties } = feature.data;
    const score = properties.score;
    results.push({
      label: properties.label,
      longitude: geometry.coordinates[0],
      latitude: geometry.coordinates[1],
      postalCode: properties.postcode ?? null,
      city: properties.city ?? null,
      score: score !== undefined && Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0,
      source: 'api',
    });
  }
  if (results.length === 0 && answer.data.features.length > 0)
    throw new AddressApiError('no usable feature in the address API answer');
  return results.slice(0, limit);
}

async function readLimited(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw new Error('answer too large');
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      throw new Error('answer too large');
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export interface GeocodeOptions {
  knex: Knex;
  addressApiUrl: string;
  timeoutMs: number;
}

/** Online first (when configured); on failure or no answer, the offline gazetteer. Never throws for network reasons. */
export async function geocode(options: GeocodeOptions, query: string, limit: number): Promise<GeocodeResult[]> {
  if (options.addressApiUrl !== '') {
    try {
      const online = await searchAddressApi(options.addressApiUrl, query, limit, options.timeoutMs);
      if (online.length > 0) return online;
    } catch (error) {
      if (!(error instanceof AddressApiError)) throw error;
      // Offline or a broken answer: the gazetteer answers, without alarming the user.
    }
  }
  return searchGazetteer(options.knex, query, limit);
}
