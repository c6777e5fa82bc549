import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { APP_ICONS, iconSvg, type AppIcon } from '../../site/web-app.ts';

/** The app's icons, rendered from their SVG at build time (sharp, through librsvg). */
export function getStaticPaths() {
  return APP_ICONS.map((icon) => ({ params: { icon: icon.file.slice(0, -4) }, props: { icon } }));
}

export const GET: APIRoute<{ icon: AppIcon }> = async ({ props }) => {
  const png = await sharp(Buffer.from(iconSvg(props.icon)))
    .png()
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
