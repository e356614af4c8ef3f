/** An error with the HTTP status GeoReport v2 gives it: 400 bad input, 403 api_key, 404 unknown resource. */
export class Open311Error extends Error {
  override readonly name = 'Open311Error';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
