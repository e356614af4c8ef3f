// What the modules share and change: who is logged in, the CSRF token, cached neighbourhoods, the open view.
export const state = {
  staff: null,
  /** What the logged-in role may do: the server's roles table (GET /console/api/roles). */
  permissions: [],
  csrfToken: '',
  neighbourhoods: null,
  view: null, // {name, load(), refresh(kind, data), dispose()}
};
