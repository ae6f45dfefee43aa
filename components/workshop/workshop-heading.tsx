export function WorkshopHeading({
  eyebrow,
  title,
  teamName,
  description,
}: {
  eyebrow: string;
  title: string;
  teamName: string;
  description?: string | null;
}) {
  return (
    <header className="space-y-2">
      <p className="text-accent text-sm font-semibold">{eyebrow}</p>
      <h1 className="text-3xl font-bold tracking-tight text-balance">{title}</h1>
      <p className="text-muted text-lg">{teamName}</p>
      {description ? <p className="text-muted whitespace-pre-line">{description}</p> : null}
    </header>
  );
}
