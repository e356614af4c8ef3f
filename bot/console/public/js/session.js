// The end of a session (the server answered 401 or refused the event stream).
import { state } from './state.js';

let onExpired = () => undefined;

/** Set once by the start-up code, so that the API and live-update modules need not import the pages. */
export function whenSessionExpires(handler) {
  onExpired = handler;
}

export function sessionExpired() {
  if (!state.staff) return;
  state.staff = null;
  onExpired();
}
