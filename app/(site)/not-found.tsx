import { LinkNotFound } from "@/components/site/link-not-found";

// A site page that found nothing: inside the site's header and footer.
export default function NotFound() {
  return <LinkNotFound />;
}
