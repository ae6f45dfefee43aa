import QRCode from "qrcode";

/**
 * Renders the QR code on the server as inline SVG: sharp at projector size and no extra
 * JavaScript for the browser.
 */
export async function QrCode({
  value,
  label,
  size = 320,
}: {
  value: string;
  label: string;
  size?: number;
}) {
  const svg = await QRCode.toString(value, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return (
    <div
      role="img"
      aria-label={label}
      style={{ width: size, maxWidth: "100%" }}
      className="aspect-square bg-white [&>svg]:h-full [&>svg]:w-full"
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
