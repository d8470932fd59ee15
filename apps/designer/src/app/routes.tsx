import type { RouteObject } from 'react-router';
import { CalendarPage } from '../pages/CalendarPage';
import { CostSplitPage } from '../pages/CostSplitPage';
import { DiffPage } from '../pages/DiffPage';
import { InboxPage } from '../pages/InboxPage';
import { NewTemplatePage } from '../pages/NewTemplatePage';
import { TemplateUpdatePage } from '../pages/TemplateUpdatePage';
import { EditorPage } from '../pages/EditorPage';
import { NewAgreementPage } from '../pages/NewAgreementPage';
import { PublishPage } from '../pages/PublishPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { OverviewPage } from '../pages/OverviewPage';
import { ProfilePage } from '../pages/ProfilePage';
import { VersionPage } from '../pages/VersionPage';
import { routePatterns } from './paths';
import { RootLayout } from './RootLayout';

/** Every page of the designer under one frame (RootLayout signs the user in first). */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <RootLayout />,
    children: [
      { index: true, element: <OverviewPage /> },
      { path: 'profil', element: <ProfilePage /> },
      { path: 'inkorg', element: <InboxPage /> },
      { path: 'nytt-avtal', element: <NewAgreementPage /> },
      { path: routePatterns.version, element: <VersionPage /> },
      { path: routePatterns.editor, element: <EditorPage /> },
      { path: routePatterns.publish, element: <PublishPage /> },
      { path: routePatterns.calendar, element: <CalendarPage /> },
      { path: routePatterns.costSplit, element: <CostSplitPage /> },
      { path: routePatterns.diff, element: <DiffPage /> },
      { path: routePatterns.templateUpdate, element: <TemplateUpdatePage /> },
      { path: routePatterns.newTemplate, element: <NewTemplatePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
