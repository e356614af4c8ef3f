/** The buttons every question gets (except the main menu): always a way back and a way to a person. */
export const NAVIGATION = ['back', 'menu', 'person'] as const;
export type Navigation = (typeof NAVIGATION)[number];

export const NAV_PREFIX = 'nav-';

export function navigationId(navigation: Navigation): string {
  return `${NAV_PREFIX}${navigation}`;
}

export function asNavigation(id: string | undefined): Navigation | undefined {
  if (!id?.startsWith(NAV_PREFIX)) return undefined;
  const name = id.slice(NAV_PREFIX.length);
  return (NAVIGATION as readonly string[]).includes(name) ? (name as Navigation) : undefined;
}

/** The result a dialog ends with when the tenant pressed a navigation button while it was asking. */
export interface NavigationResult {
  navigation: Navigation;
}

export function isNavigationResult(value: unknown): value is NavigationResult {
  return typeof value === 'object' && value !== null && typeof (value as NavigationResult).navigation === 'string';
}

/** The result a tree ends with to hand over to another tree (undefined: back to the main menu). */
export interface GotoResult {
  goto: string;
}

export function isGotoResult(value: unknown): value is GotoResult {
  return typeof value === 'object' && value !== null && typeof (value as GotoResult).goto === 'string';
}
