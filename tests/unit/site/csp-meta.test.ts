import { describe, expect, it } from 'vitest';
import { cspMetaFirst } from '../../../src/site/csp-meta.ts';

const POLICY = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='">`;

describe('cspMetaFirst', () => {
  it('moves the policy to just after <meta charset>, before every script and link', () => {
    const html = `<!DOCTYPE html><html lang="kk"><head><meta charset="utf-8"><title>T</title><script src="/scripts/prefs.js"></script>${POLICY}<link rel="stylesheet" href="/a.css"></head><body></body></html>`;
    expect(cspMetaFirst(html)).toBe(
      `<!DOCTYPE html><html lang="kk"><head><meta charset="utf-8">${POLICY}<title>T</title><script src="/scripts/prefs.js"></script><link rel="stylesheet" href="/a.css"></head><body></body></html>`,
    );
  });

  it('leaves a page without a policy, or with the policy already first, as it is', () => {
    const plain = '<html><head><meta charset="utf-8"><title>T</title></head></html>';
    expect(cspMetaFirst(plain)).toBe(plain);
    const first = `<html><head><meta charset="utf-8">${POLICY}<title>T</title></head></html>`;
    expect(cspMetaFirst(first)).toBe(first);
  });
});
