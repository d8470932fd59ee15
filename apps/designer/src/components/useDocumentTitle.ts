import { useEffect } from 'react';

export const APP_NAME = 'Samverkan';

/** Sets the browser tab's title to "<page> – Samverkan" (WCAG 2.4.2). */
export function useDocumentTitle(pageTitle: string): void {
  useEffect(() => {
    document.title = `${pageTitle} – ${APP_NAME}`;
  }, [pageTitle]);
}
