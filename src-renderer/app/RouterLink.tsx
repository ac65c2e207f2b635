import { forwardRef, type AnchorHTMLAttributes } from 'react';
import { Link } from 'react-router';

/**
 * What MUI renders for every `href` (Link, Button, ListItemButton, Tab): an app path such as '/dossiers' goes through
 * react-router (hash history under app:// and in the browser host); anything else stays a plain anchor.
 */
export const RouterLink = forwardRef<HTMLAnchorElement, AnchorHTMLAttributes<HTMLAnchorElement>>(function RouterLink(
  { href, ...props },
  ref,
) {
  if (href?.startsWith('/')) return <Link ref={ref} to={href} {...props} />;
  return <a ref={ref} href={href} {...props} />;
});
