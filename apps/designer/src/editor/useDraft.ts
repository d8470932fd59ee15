import type { AgreementTemplate, AgreementVersion, Problem } from '@samverkan/agreements';
import { useMemo, useRef, useState } from 'react';
import { type DraftContent, problemsByPath, resolveDraft } from './draft';

export interface Draft {
  content: DraftContent;
  /** The row version the next save names. */
  rowVersion: number;
  /** The template applied, as last valid (the structure the fields follow). */
  version: AgreementVersion | null;
  /** The draft as it is now, when valid. */
  current: AgreementVersion | null;
  /** The library's problems as the user types, and the API's of the last refused save. */
  errors: Map<string, string>;
  problems: Problem[];
  change: (update: (content: DraftContent) => DraftContent) => void;
  setRowVersion: (rowVersion: number) => void;
  setServerProblems: (problems: Problem[]) => void;
}

/** The draft being edited, validated on every change with the schema the API enforces. */
export function useDraft(
  initial: { content: DraftContent; rowVersion: number },
  template: AgreementTemplate | undefined,
): Draft {
  const [content, setContent] = useState(initial.content);
  const [rowVersion, setRowVersion] = useState(initial.rowVersion);
  const [serverProblems, setServerProblems] = useState<Problem[]>([]);
  const lastValid = useRef<AgreementVersion | null>(null);
  const result = useMemo(() => resolveDraft(content, template), [content, template]);
  if (result.ok) lastValid.current = result.value;
  const problems = result.ok ? serverProblems : [...result.problems, ...serverProblems];
  return {
    content,
    rowVersion,
    version: lastValid.current,
    current: result.ok ? result.value : null,
    errors: problemsByPath(problems),
    problems,
    change: (update) => {
      setServerProblems([]);
      setContent((before) => update(before));
    },
    setRowVersion,
    setServerProblems,
  };
}
