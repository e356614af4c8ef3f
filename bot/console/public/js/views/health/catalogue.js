// What the health pages look things up in: the health points the person may see, the services, the languages.
import { api } from '../../api.js';
import { getLanguages } from '../../lookups.js';

/** Fetches the three lists; the names come in Italian (a service's Italian name, a language's own name). */
export async function loadHealthCatalogue() {
  const [points, services, languages] = await Promise.all([api('GET', '/health/points'), api('GET', '/health/services'), getLanguages()]);
  return {
    points,
    services,
    languages,
    pointName: (id) => (points.find((point) => point.id === id) || {}).name || id,
    serviceName: (id) => serviceName(services.find((service) => service.id === id)) || id,
    languageName: (code) => (languages.find((language) => language.code === code) || {}).name || code || '—',
  };
}

export function serviceName(service) {
  return service ? (service.texts && service.texts.it && service.texts.it.name) || service.id : '';
}

export const tenantText = (appointment) => appointment.tenantName || '(senza nome)';
