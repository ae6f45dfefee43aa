import { Link2Off } from "lucide-react";
import Link from "next/link";
import { primaryButtonClass } from "@/components/ui/field";
import { ProblemPage } from "@/components/ui/problem-page";

/** Unknown, replaced and deleted links all end here, and the page says nothing about which. */
export function LinkNotFound() {
  return (
    <ProblemPage icon={Link2Off} title="This link does not work">
      <p>
        It may have been typed wrong, replaced by a newer link, or the workshop may no longer exist.
        Ask the person who sent it for a fresh link.
      </p>
      <Link href="/" className={primaryButtonClass}>
        Go to the Blueprint home page
      </Link>
    </ProblemPage>
  );
}
