import { isKnownNeighbourhood } from '../person/neighbourhoods';
import { turnServices } from '../engine/turnServices';
import type { TreeAction } from './actionRegistry';

/** "tenant.neighbourhoodKnown": outcome "known" or "unknown". */
export const neighbourhoodKnownAction: TreeAction = {
  name: 'tenant.neighbourhoodKnown',
  async run(dc) {
    return { kind: 'outcome', outcome: turnServices(dc.context).tenant.neighbourhoodId ? 'known' : 'unknown' };
  },
};

/** "tenant.setNeighbourhood": keeps the neighbourhood chosen in `vars.neighbourhood`. */
export const setNeighbourhoodAction: TreeAction = {
  name: 'tenant.setNeighbourhood',
  async run(dc, vars) {
    if (!isKnownNeighbourhood(vars.neighbourhood)) return { kind: 'outcome', outcome: 'invalid' };
    await turnServices(dc.context).setNeighbourhood(vars.neighbourhood);
    return { kind: 'outcome' };
  },
};
