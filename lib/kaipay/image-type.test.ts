import { describe, expect, it } from 'vitest';
import { imageProblem, imageTypeOf, MAX_IMAGE_BYTES } from './image-type';

const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);

describe('KYC images', () => {
  it('are typed by magic bytes', () => {
    expect(imageTypeOf(jpeg)).toBe('image/jpeg');
    expect(imageTypeOf(png)).toBe('image/png');
    expect(imageTypeOf(new TextEncoder().encode('<svg onload=alert(1)>'))).toBeNull();
    expect(imageTypeOf(new TextEncoder().encode('GIF89a'))).toBeNull();
  });
  it('are refused when empty, too large or not JPEG/PNG', () => {
    expect(imageProblem(new Uint8Array())).toBe('image_missing');
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1);
    big.set(jpeg);
    expect(imageProblem(big)).toBe('image_too_large');
    expect(imageProblem(new TextEncoder().encode('%PDF-1.7'))).toBe('image_type');
    expect(imageProblem(png)).toBeNull();
  });
});
