'use client';

import { useEffect, useRef, type ReactNode } from 'react';

type Props = { id?: string; className?: string; children: ReactNode };

/**
 * A page's h1 that takes the focus when it appears: when the checkout turns into its receipt in
 * place, a screen reader reads the new heading and the keyboard continues from there.
 */
export function FocusedHeading({ id, className = '', children }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h1 ref={ref} id={id} tabIndex={-1} className={`${className} outline-none`}>
      {children}
    </h1>
  );
}
