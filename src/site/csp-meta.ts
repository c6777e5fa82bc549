const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*">/i;
const CHARSET_META = /<meta charset="[^"]*">/i;

/**
 * The page with its Content-Security-Policy `<meta>` moved to just after `<meta charset>`.
 * Astro writes the policy at the end of `<head>`, after our own elements, but a policy only
 * covers what follows it: first in `<head>`, it applies to every script, style and font.
 */
export function cspMetaFirst(html: string): string {
  const policy = CSP_META.exec(html);
  const charset = CHARSET_META.exec(html);
  if (!policy || !charset || policy.index < charset.index) return html;
  const at = charset.index + charset[0].length;
  return (
    html.slice(0, at) +
    policy[0] +
    html.slice(at, policy.index) +
    html.slice(policy.index + policy[0].length)
  );
}
