import { LinkNotFound } from "@/components/site/link-not-found";

// The room view of a workshop that is gone, or of someone who may not run it.
export default function NotFound() {
  return <LinkNotFound />;
}
