/**
 * A local server speaking the French national address API format (GET /search/?q=…&limit=N → GeoJSON
 * FeatureCollection), so that geocoding is tested without the network. Its mode decides how it answers.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type FakeApiMode = 'ok' | 'malformed' | 'not-json' | 'error' | 'hang' | 'redirect';

const ADDRESSES = [
  {
    label: '12 Rue Sainte-Catherine 33000 Bordeaux',
    lon: -0.573,
    lat: 44.8405,
    postcode: '33000',
    city: 'Bordeaux',
    citycode: '33063',
    type: 'housenumber',
  },
  {
    label: '8 Place de la Bourse 33000 Bordeaux',
    lon: -0.5698,
    lat: 44.8417,
    postcode: '33000',
    city: 'Bordeaux',
    citycode: '33063',
    type: 'housenumber',
  },
  {
    label: 'Mérignac',
    lon: -0.6459,
    lat: 44.8386,
    postcode: '33700',
    city: 'Mérignac',
    citycode: '33281',
    type: 'municipality',
  },
];

export interface FakeAddressApi {
  url: string;
  mode: FakeApiMode;
  requests: string[];
  close(): Promise<void>;
}

export async function startFakeAddressApi(): Promise<FakeAddressApi> {
  const api = { mode: 'ok' as FakeApiMode, requests: [] as string[] };
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    api.requests.push(request.url ?? '');
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (api.mode === 'hang') return; // never answers
    if (api.mode === 'error') {
      response
        .writeHead(503, { 'Content-Type': 'application/json' })
        .end('{"code":503,"message":"Service indisponible"}');
      return;
    }
    if (api.mode === 'redirect') {
      response.writeHead(302, { Location: 'http://127.0.0.1:1/elsewhere' }).end();
      return;
    }
    if (api.mode === 'not-json') {
      response.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>portail captif</html>');
      return;
    }
    if (api.mode === 'malformed') {
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(
        JSON.stringify({
          type: 'FeatureCollection',
          features: [{ geometry: { type: 'Point', coordinates: ['x', 'y'] }, properties: {} }],
        }),
      );
      return;
    }
    if (url.pathname !== '/search/') {
      response.writeHead(404).end();
      return;
    }
    const q = (url.searchParams.get('q') ?? '').toLowerCase();
    const limit = Number(url.searchParams.get('limit') ?? 5);
    const words = q.split(/\s+/).filter(Boolean);
    const features = ADDRESSES.filter((a) => words.some((w) => a.label.toLowerCase().includes(w)))
      .slice(0, limit)
      .map((a, i) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [a.lon, a.lat] },
        properties: {
          label: a.label,
          score: 0.95 - i * 0.1,
          postcode: a.postcode,
          city: a.city,
          citycode: a.citycode,
          type: a.type,
          id: `${a.citycode}_${i}`,
        },
      }));
    response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end(
      JSON.stringify({
        type: 'FeatureCollection',
        version: 'draft',
        features,
        attribution: 'BAN',
        licence: 'ETALAB-2.0',
        query: q,
        limit,
      }),
    );
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return Object.assign(api, {
    url: `http://127.0.0.1:${port}`,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}
