import 'server-only';
import QRCode from 'qrcode';

/** A QR code as an SVG string, drawn on the server (no network, no client script). */
export async function qrSvg(payload: string): Promise<string> {
  return QRCode.toString(payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
