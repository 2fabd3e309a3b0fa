import { redactSecretsIn, redactUrl } from './redact-url';

describe('redactUrl', () => {
  it('hides the password in the user info', () => {
    expect(redactUrl('postgres://user:s3cret@db.example.com:5432/jobs')).toBe(
      'postgres://user:***@db.example.com:5432/jobs',
    );
  });

  it('hides percent-encoded passwords and keeps the rest intact', () => {
    expect(redactUrl('postgresql://app:p%40ss%2Fw0rd@10.0.0.1/db?sslmode=require')).toBe(
      'postgresql://app:***@10.0.0.1/db?sslmode=require',
    );
  });

  it('hides password query parameters', () => {
    expect(redactUrl('postgres://host/db?user=app&password=hunter2&sslmode=require')).toBe(
      'postgres://host/db?user=app&password=***&sslmode=require',
    );
  });

  it('leaves URLs without secrets unchanged', () => {
    expect(redactUrl('postgres://root@127.0.0.1:5432/test')).toBe('postgres://root@127.0.0.1:5432/test');
    expect(redactUrl('postgres://127.0.0.1/test')).toBe('postgres://127.0.0.1/test');
    expect(redactUrl('./data/job-hunter.db')).toBe('./data/job-hunter.db');
  });

  it('removes the secrets from free text such as a driver error', () => {
    const url = 'postgres://app:hunter2@db:5432/jobs';
    const text = `connect to ${url} failed: password "hunter2" rejected`;
    const clean = redactSecretsIn(text, url);
    expect(clean).not.toContain('hunter2');
    expect(clean).toContain('postgres://app:***@db:5432/jobs');
  });
});
