// What the health pages look things up in: the health points the person may see, the services, the languages.
import { api } from '../../api.js';
import { getLanguages } from '../../lookups.js';

/** Fetches the three lists (of the health points, or of the centre desks under base /centre); the names come in Italian. */
export async function loadHealthCatalogue(base = '/health') {
  const [points, services, languages] = await Promise.all([api('GET', `${base}/points`), api('GET', `${base}/services`), getLanguages()]);
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
