import { ConfigError, loadConfig, redactUrl } from './config.js';

describe('loadConfig', () => {
  it('runs embedded with nothing configured', () => {
    const config = loadConfig({}, '/srv/samverkan');
    expect(config.role).toBe('all');
    expect(config.database.url).toBeUndefined();
    expect(config.queue.redisUrl).toBeUndefined();
    expect(config.database.dataDir).toBe('/srv/samverkan/.data');
    expect(config.database.dataDirIsDefault).toBe(true);
    expect(config.auth.external).toBeUndefined();
  });

  it('tells a DATA_DIR that was set from the default, even when it names the default folder', () => {
    const config = loadConfig({ DATA_DIR: '.data' }, '/srv/samverkan');
    expect(config.database.dataDir).toBe('/srv/samverkan/.data');
    expect(config.database.dataDirIsDefault).toBe(false);
  });

  it('reads the production settings', () => {
    const config = loadConfig(
      {
        ROLE: 'worker',
        DATABASE_URL: 'postgres://app:secret@db:5432/samverkan',
        REDIS_URL: 'redis://cache:6379',
        AUTH_ISSUER: 'https://idp.example',
        AUTH_JWKS_URI: 'https://idp.example/jwks',
        PORT: '8080',
      },
      '/srv',
    );
    expect(config.role).toBe('worker');
    expect(config.http.port).toBe(8080);
    expect(config.queue.redisUrl).toBe('redis://cache:6379');
    expect(config.auth.external).toEqual({
      issuer: 'https://idp.example',
      jwksUri: 'https://idp.example/jwks',
      algorithms: ['RS256', 'ES256'],
    });
  });

  it('accepts only asymmetric algorithms for an external issuer', () => {
    const external = { AUTH_ISSUER: 'https://idp.example', AUTH_JWKS_URI: 'https://idp.example/jwks' };
    expect(loadConfig({ ...external, AUTH_ALGORITHMS: 'PS256, EdDSA' }, '/').auth.external?.algorithms).toEqual([
      'PS256',
      'EdDSA',
    ]);
    for (const AUTH_ALGORITHMS of ['HS256', 'RS256,none', ',']) {
      expect(() => loadConfig({ ...external, AUTH_ALGORITHMS }, '/')).toThrow(/AUTH_ALGORITHMS/);
    }
  });

  it('reads the designer’s client at the external provider, its scopes with openid', () => {
    const external = { AUTH_ISSUER: 'https://idp.example/realms/x', AUTH_JWKS_URI: 'https://idp.example/jwks' };
    expect(loadConfig(external, '/').auth.designerClient).toBeUndefined();
    expect(loadConfig({ ...external, AUTH_CLIENT_ID: 'designer' }, '/').auth.designerClient).toEqual({
      clientId: 'designer',
      scopes: ['openid', 'profile'],
    });
    const scoped = loadConfig(
      { ...external, AUTH_CLIENT_ID: 'd', AUTH_CLIENT_SCOPES: ' openid  api://x/.default ' },
      '/',
    );
    expect(scoped.auth.designerClient?.scopes).toEqual(['openid', 'api://x/.default']);
    expect(() => loadConfig({ ...external, AUTH_CLIENT_ID: 'd', AUTH_CLIENT_SCOPES: 'profile' }, '/')).toThrow(
      /AUTH_CLIENT_SCOPES: must include openid/,
    );
  });

  it('refuses a designer client without an external provider, or with an issuer that is no address', () => {
    expect(() => loadConfig({ AUTH_CLIENT_ID: 'designer' }, '/')).toThrow(/AUTH_CLIENT_ID: needs an external provider/);
    expect(() =>
      loadConfig({ AUTH_ISSUER: 'urn:idp', AUTH_JWKS_URI: 'https://idp.example/jwks', AUTH_CLIENT_ID: 'd' }, '/'),
    ).toThrow(/AUTH_ISSUER: must be an http\(s\) address/);
  });

  it('reads the sign-in limits', () => {
    expect(loadConfig({}, '/').auth.loginThrottle).toEqual({
      windowSeconds: 900,
      maxFailuresPerAccount: 10,
      maxFailuresPerAddress: 50,
    });
    const config = loadConfig({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_WINDOW_SECONDS: '60' }, '/');
    expect(config.auth.loginThrottle).toMatchObject({ windowSeconds: 60, maxFailuresPerAccount: 3 });
    expect(() => loadConfig({ LOGIN_MAX_FAILURES_PER_ADDRESS: '0' }, '/')).toThrow(/LOGIN_MAX_FAILURES_PER_ADDRESS/);
  });

  it('reports every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ ROLE: 'boss', DATABASE_URL: 'mysql://x', PORT: 'eighty', AUTH_JWKS_URI: 'https://idp/jwks' }, '/');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const variables = (error as ConfigError).problems.map((p) => p.variable).sort();
    expect(variables).toEqual(['AUTH_ISSUER', 'DATABASE_URL', 'PORT', 'ROLE']);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', REDIS_URL: '' }, '/').database.url).toBeUndefined();
  });
});

describe('redactUrl', () => {
  it('hides the password', () => {
    expect(redactUrl('postgres://app:secret@db:5432/x')).toBe('postgres://app:***@db:5432/x');
  });

  it('reads delivery settings and refuses bad ones, each by its variable', () => {
    const config = loadConfig(
      { SMTP_URL: 'smtp://mail:587', WORKING_HOURS: '07:30-16:00', SECRETS_KEY: 'ab'.repeat(32) },
      '/srv',
    );
    expect(config.delivery).toMatchObject({ smtpUrl: 'smtp://mail:587', workingHours: { from: '07:30', to: '16:00' } });
    expect(config.secrets).toEqual({ key: Buffer.alloc(32, 0xab), productDefault: false });
    expect(loadConfig({}, '/srv').secrets.productDefault).toBe(true);
    try {
      loadConfig({ SMTP_URL: 'http://mail', WORKING_HOURS: '17:00-08:00', SECRETS_KEY: 'short' }, '/srv');
      throw new Error('accepted');
    } catch (error) {
      expect((error as ConfigError).problems.map((p) => p.variable).sort()).toEqual([
        'SECRETS_KEY',
        'SMTP_URL',
        'WORKING_HOURS',
      ]);
    }
  });

  it('requires SECRETS_KEY in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' }, '/srv')).toThrow(/SECRETS_KEY: is required in production/);
  });
});
