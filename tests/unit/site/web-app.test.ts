import { describe, expect, it } from 'vitest';
import { APP_ICONS, iconSvg, webAppManifest } from '../../../src/site/web-app.ts';
import { present } from '../../support/helpers.ts';

describe('webAppManifest', () => {
  it('gives each interface its own app under the base path', () => {
    const kk = webAppManifest('kk', '/reader/');
    const en = webAppManifest('en', '/reader/');
    expect(kk).toMatchObject({
      id: '/reader/',
      start_url: '/reader/',
      scope: '/reader/',
      lang: 'kk',
    });
    expect(en).toMatchObject({
      id: '/reader/en/',
      start_url: '/reader/en/',
      scope: '/reader/en/',
      name: 'Suhbat',
    });
    expect(kk['name']).toBe('Сұхбат');
  });

  it('lists icons of 192 and 512 pixels and a maskable one, under the base path', () => {
    const icons = webAppManifest('kk', '/reader/')['icons'] as {
      src: string;
      sizes: string;
      purpose: string;
    }[];
    expect(icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    expect(icons.every((icon) => icon.src.startsWith('/reader/icons/'))).toBe(true);
  });

  it('draws the maskable icon to the edges, the others with round corners', () => {
    const svg = (purpose: string, size: number): string =>
      iconSvg(
        present(
          APP_ICONS.find((i) => i.purpose === purpose && i.size === size),
          purpose,
        ),
      );
    expect(svg('any', 512)).toContain('rx="6"');
    expect(svg('maskable', 512)).not.toContain('rx=');
  });
});
