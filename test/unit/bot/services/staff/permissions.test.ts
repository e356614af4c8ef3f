import { can, canSeeNeighbourhood, neighbourhoodScope, type StaffIdentity } from '../../../../../bot/services/staff/permissions';

const person = (role: StaffIdentity['role'], neighbourhoodIds: string[] = []): StaffIdentity => ({ id: role, name: role, role, neighbourhoodIds });

describe('staff permissions', () => {
  it.each([
    [person('community_manager', ['san-siro']), 'san-siro', true],
    [person('community_manager', ['san-siro']), 'gratosoglio', false],
    [person('coordinator'), 'gratosoglio', true],
    [person('admin'), 'mazzini', true],
  ])('%o in %s: %s', (staff, neighbourhood, allowed) => {
    expect(canSeeNeighbourhood(staff, neighbourhood)).toBe(allowed);
  });

  it('scopes queries of community managers to their neighbourhoods only', () => {
    expect(neighbourhoodScope(person('community_manager', ['mazzini']))).toEqual(['mazzini']);
    expect(neighbourhoodScope(person('coordinator'))).toBeUndefined();
  });

  it.each([
    ['community_manager', { handleChats: true, editContent: false, seeFigures: false, manageAccounts: false }],
    ['coordinator', { handleChats: true, editContent: true, seeFigures: true, manageAccounts: false }],
    ['admin', { handleChats: false, editContent: true, seeFigures: true, manageAccounts: true }],
  ] as const)('gives %s its rights', (role, rights) => {
    const staff = person(role);
    expect({ handleChats: can.handleChats(staff), editContent: can.editContent(staff), seeFigures: can.seeFigures(staff), manageAccounts: can.manageAccounts(staff) }).toEqual(rights);
  });

  it.each([
    ['community_manager', { supportChats: false, seeOpenings: false }],
    ['coordinator', { supportChats: false, seeOpenings: true }],
    ['admin', { supportChats: false, seeOpenings: true }],
    ['nurse', { supportChats: false, seeOpenings: false }],
    ['partner_support', { supportChats: true, seeOpenings: true }],
  ] as const)('lets %s into the discreet path\'s chats and counts only as the partners and the reporting need', (role, rights) => {
    const staff = person(role);
    expect({ supportChats: can.supportChats(staff), seeOpenings: can.seeOpenings(staff) }).toEqual(rights);
  });
});
