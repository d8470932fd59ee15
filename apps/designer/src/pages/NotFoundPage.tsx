import { Link } from 'react-aria-components';
import { paths } from '../app/paths';
import { useDocumentTitle } from '../components/useDocumentTitle';

export function NotFoundPage() {
  useDocumentTitle('Sidan finns inte');
  return (
    <div className="narrow">
      <h1 tabIndex={-1}>Sidan finns inte</h1>
      <p>Adressen leder inte till någon sida i Samverkan. Kontrollera adressen eller gå till översikten.</p>
      <p>
        <Link href={paths.overview}>Till översikten</Link>
      </p>
    </div>
  );
}
