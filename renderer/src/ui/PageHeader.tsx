import type { ReactNode } from 'react';

/** A page's h1 with its actions on the right; the h1 labels the page section. */
export function PageHeader({
  title,
  subtitle,
  children,
}: Readonly<{ title: string; subtitle?: ReactNode; children?: ReactNode }>): ReactNode {
  return (
    <header className="page-header">
      <div>
        <h1 id="page-title">{title}</h1>
        {subtitle !== undefined && <p className="page-subtitle">{subtitle}</p>}
      </div>
      {children !== undefined && <div className="page-actions">{children}</div>}
    </header>
  );
}
