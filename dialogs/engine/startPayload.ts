import { parseBuildingPayload } from '../maintenance/buildingLinks';
import type { TreeOptions } from './treeDialog';

/** Where a deep link (/start <payload>) leads: a building's QR code opens a report for that building. */
export function startOfPayload(payload: string | undefined): { tree: string; options: TreeOptions } | undefined {
  const building = payload ? parseBuildingPayload(payload) : undefined;
  if (!building) return undefined;
  return { tree: 'maintenance', options: { vars: { deepLink: building.code, deepLinkStaircase: building.staircase } } };
}
