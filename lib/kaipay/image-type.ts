/** Upload rules for KYC images: JPEG or PNG by their magic bytes (never by name or header), up to 2 MB. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

export type ImageType = 'image/jpeg' | 'image/png';

/** The real type of an image from its first bytes, or null when it is neither JPEG nor PNG. */
export function imageTypeOf(bytes: Uint8Array): ImageType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return 'image/jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= png.length && png.every((b, i) => bytes[i] === b)) return 'image/png';
  return null;
}

/** Why an uploaded image is refused, or null. */
export function imageProblem(
  bytes: Uint8Array,
): 'image_missing' | 'image_too_large' | 'image_type' | null {
  if (bytes.length === 0) return 'image_missing';
  if (bytes.length > MAX_IMAGE_BYTES) return 'image_too_large';
  return imageTypeOf(bytes) ? null : 'image_type';
}
