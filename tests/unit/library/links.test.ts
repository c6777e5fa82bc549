import { describe, expect, it } from 'vitest';
import { isAllowedLink } from '../../../src/library/links.ts';

describe('isAllowedLink', () => {
  it.each([
    'https://example.org/a?b=1#c',
    'http://example.kz',
    'mailto:editor@example.org',
    '#greenland-future-2',
    '../other/',
    '/topics/',
    '//example.org/x',
  ])('allows %s', (url) => {
    expect(isAllowedLink(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/',
    'http://[broken',
  ])('refuses %j', (url) => {
    expect(isAllowedLink(url)).toBe(false);
  });
});
