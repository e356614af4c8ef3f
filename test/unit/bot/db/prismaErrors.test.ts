import { isTransientDbError } from '../../../../bot/db/prismaErrors';

describe('isTransientDbError', () => {
  it.each([
    [{ code: 'P1001', message: "Can't reach database server" }],
    [{ code: 'P2028', message: 'Transaction API error' }],
    [{ message: 'wrapped', cause: { code: '57P01', message: 'terminating connection due to administrator command' } }],
    [{ message: 'connect ECONNREFUSED 127.0.0.1:5432' }],
    [{ message: 'database is locked' }],
    [{ message: 'x', cause: { originalCode: '40001' } }],
  ])('%j is worth trying again', (error) => expect(isTransientDbError(error)).toBe(true));

  it.each([[new TypeError("Cannot read properties of undefined (reading 'x')")], [{ code: 'P2002', message: 'Unique constraint failed' }], [undefined]])(
    '%j is a bug (the same every time)',
    (error) => expect(isTransientDbError(error)).toBe(false),
  );
});
