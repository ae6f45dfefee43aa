import QRCode from "qrcode";

// Widths by class rather than a style attribute, which the pages' style policy refuses
// (lib/http/csp.ts).
const widths = { regular: "w-80", large: "w-[420px]" } as const;

/**
 * Renders the QR code on the server as inline SVG: sharp at projector size and no extra
 * JavaScript for the browser.
 */
export async function QrCode({
  value,
  label,
  size = "regular",
}: {
  value: string;
  label: string;
  size?: keyof typeof widths;
}) {
  const svg = await QRCode.toString(value, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return (
    <div
      role="img"
      aria-label={label}
      className={`aspect-square max-w-full bg-white [&>svg]:h-full [&>svg]:w-full ${widths[size]}`}
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
