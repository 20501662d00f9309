import crypto from 'node:crypto';
import { RETAIL_FORMATS, type RetailOutlet } from './banks';

/** A fresh retail payment code: the outlet's prefix, then random digits up to its length. */
export function drawRetailCode(outlet: RetailOutlet): string {
  const { prefix, length } = RETAIL_FORMATS[outlet];
  return (
    prefix + Array.from({ length: length - prefix.length }, () => crypto.randomInt(10)).join('')
  );
}
