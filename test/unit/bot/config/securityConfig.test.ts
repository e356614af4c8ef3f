import { ConfigError, loadConfig, sandboxModeOf } from '../../../../bot/config/config';

describe('the security settings', () => {
  it('keeps the sandbox to logged-in staff in production by default, public elsewhere, and as set', () => {
    expect(sandboxModeOf(loadConfig({ NODE_ENV: 'production' }))).toBe('staff');
    expect(sandboxModeOf(loadConfig({}))).toBe('public');
    expect(sandboxModeOf(loadConfig({ NODE_ENV: 'production', SANDBOX: 'public' }))).toBe('public');
    expect(sandboxModeOf(loadConfig({ SANDBOX: 'off' }))).toBe('off');
    expect(() => loadConfig({ SANDBOX: 'open' })).toThrow(ConfigError);
  });

  it('reads TRUST_PROXY as off, a hop count or a list of addresses', () => {
    expect(loadConfig({}).TRUST_PROXY).toBeUndefined();
    expect(loadConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.2, 10.0.1.0/24' }).TRUST_PROXY).toBe('10.0.0.2,10.0.1.0/24');
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow('TRUST_PROXY');
  });

  it('takes the booking cap and the key file', () => {
    expect(loadConfig({}).HEALTH_MAX_FUTURE_APPOINTMENTS).toBe(2);
    expect(loadConfig({ HEALTH_MAX_FUTURE_APPOINTMENTS: '5' }).HEALTH_MAX_FUTURE_APPOINTMENTS).toBe(5);
    expect(() => loadConfig({ HEALTH_MAX_FUTURE_APPOINTMENTS: '0' })).toThrow('HEALTH_MAX_FUTURE_APPOINTMENTS');
    expect(loadConfig({ SUPPORT_KEY_FILE: '/etc/casa-bot/support.key' }).SUPPORT_KEY_FILE).toBe('/etc/casa-bot/support.key');
  });
});
