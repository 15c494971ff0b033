import type { ReactNode } from 'react';

/**
 * A region that scrolls sideways by itself, for a table wider than a phone, so that the docs page
 * never does. Focusable, so a keyboard can scroll it too; styles in .storybook/preview-head.html.
 */
export function ScrollX({ label, children }: { label: string; children?: ReactNode }) {
  return (
    <div className="peel-scroll-x" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
