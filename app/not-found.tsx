import { LinkNotFound } from "@/components/site/link-not-found";
import { SiteFrame } from "@/components/site/site-frame";
import { requestedTheme } from "@/components/theme/requested-theme";

// An address that matches no page: it renders outside the route groups, so it brings the site's
// frame itself. A page that finds nothing (a link that does not work) ends in the not-found of
// its own group instead, inside that group's frame.
export default async function NotFound() {
  return (
    <SiteFrame theme={await requestedTheme()}>
      <LinkNotFound />
    </SiteFrame>
  );
}
