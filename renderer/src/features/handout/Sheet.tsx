import type { ReactNode } from 'react';

/** One A4 page of a handout: a fixed box whose body is shrunk to fit, and a footer. */
export function Sheet({
  kind,
  footer,
  children,
}: Readonly<{ kind: string; footer: string; children: ReactNode }>): ReactNode {
  return (
    <section className={`handout-sheet sheet-${kind}`} data-sheet={kind}>
      <div className="sheet-body" data-fit-body>
        {children}
      </div>
      <footer className="sheet-footer">{footer}</footer>
    </section>
  );
}
