import Link from "next/link";

// Unknown, replaced and deleted links all end here, and the page says nothing about which.
export default function NotFound() {
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">This link does not work</h1>
      <p className="text-lg text-slate-700">
        It may have been typed wrong, replaced by a newer link, or the workshop may no longer exist.
        Ask the person who sent it for a fresh link.
      </p>
      <Link href="/" className="text-accent font-medium underline underline-offset-4">
        Go to the Blueprint home page
      </Link>
    </div>
  );
}
