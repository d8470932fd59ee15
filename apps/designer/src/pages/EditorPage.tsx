import { useQuery } from '@tanstack/react-query';
import type { AgreementTemplate } from '@samverkan/agreements';
import { Link } from 'react-aria-components';
import { useApi } from '../app/contexts';
import { paths } from '../app/paths';
import type { VersionRef } from '../api/client';
import { queries } from '../api/queries';
import type { VersionView } from '../api/types';
import { QueryStatus } from '../components/QueryStatus';
import { VersionFrame, VersionPageShell } from '../components/VersionFrame';
import { BodiesSection } from '../editor/BodiesSection';
import { CommitmentsSection } from '../editor/CommitmentsSection';
import { CostSplitSection } from '../editor/CostSplitSection';
import { EscalationSection } from '../editor/EscalationSection';
import { FollowUpSection } from '../editor/FollowUpSection';
import type { DraftContent } from '../editor/draft';
import { PartiesSection } from '../editor/PartiesSection';
import { ReminderLeadsSection } from '../editor/ReminderLeadsSection';
import { RoutinesSection } from '../editor/RoutinesSection';
import { SaveBar } from '../editor/SaveBar';
import type { SectionProps } from '../editor/section-props';
import { TermSection } from '../editor/TermSection';
import { useDraft } from '../editor/useDraft';

export function EditorPage() {
  return <VersionPageShell>{(ref) => <EditorLoader versionRef={ref} />}</VersionPageShell>;
}

/** The draft and the template it extends, then the editor. */
function EditorLoader({ versionRef }: { versionRef: VersionRef }) {
  const api = useApi();
  const version = useQuery({ ...queries.version(api, versionRef), staleTime: Infinity });
  const extendsRef = (version.data?.content as { extends?: unknown } | undefined)?.extends;
  const template = useQuery({
    ...queries.template(api, typeof extendsRef === 'string' ? extendsRef : ''),
    enabled: typeof extendsRef === 'string',
  });
  const ready = version.data && (typeof extendsRef !== 'string' || template.data);
  return (
    <VersionFrame versionRef={versionRef} title="Redigera">
      <QueryStatus query={version} what="utkastet" />
      {version.data && version.data.status !== 'draft' ? (
        <p>Versionen är publicerad och kan inte ändras. Starta ett nytt utkast från översikten.</p>
      ) : ready && version.data ? (
        <Editor
          versionRef={versionRef}
          stored={version.data}
          template={template.data?.content ? template.data : undefined}
        />
      ) : null}
    </VersionFrame>
  );
}

function Editor({
  versionRef,
  stored,
  template,
}: {
  versionRef: VersionRef;
  stored: VersionView;
  template: AgreementTemplate | undefined;
}) {
  const draft = useDraft({ content: stored.content as DraftContent, rowVersion: stored.rowVersion }, template);
  if (!draft.version) {
    return (
      <p className="alert">
        Utkastet kan inte läsas: {draft.problems.map((p) => `${p.path}: ${p.message.sv}`).join('; ')}
      </p>
    );
  }
  const props: SectionProps = {
    content: draft.content,
    version: draft.version,
    current: draft.current,
    change: draft.change,
    errors: draft.errors,
    template,
  };
  return (
    <>
      <p>
        Varje fält visar den punkt i texten det hör till. Felen visas medan du skriver, med samma kontroller som
        servern.{' '}
        <Link href={paths.publish(versionRef.agreement, versionRef.version)}>Bekräfta förval och publicera</Link>
      </p>
      <SaveBar versionRef={versionRef} draft={draft} />
      <PartiesSection {...props} />
      <BodiesSection {...props} />
      <CommitmentsSection {...props} />
      <CostSplitSection {...props} />
      <RoutinesSection {...props} />
      <TermSection {...props} />
      <EscalationSection {...props} />
      <FollowUpSection {...props} />
      <ReminderLeadsSection {...props} />
    </>
  );
}
