import { createBrowserRouter } from 'react-router';
import { AppLayout } from './app-layout';
import { Loading } from '../ui/states';
import { NotFoundPage } from './not-found-page';

// Every page is its own chunk: the first visit loads the shell and the page it opens only.
export const router = createBrowserRouter([
  {
    Component: AppLayout,
    HydrateFallback: Loading,
    children: [
      {
        path: 'inloggen',
        lazy: async () => ({ Component: (await import('../features/auth/login-page')).LoginPage }),
      },
      {
        path: 'uitnodiging/:token',
        lazy: async () => ({
          Component: (await import('../features/auth/accept-invitation-page')).AcceptInvitationPage,
        }),
      },
      {
        lazy: async () => ({
          Component: (await import('../features/auth/require-sign-in')).RequireSignIn,
        }),
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await import('../features/plans/plan-list-page')).PlanListPage,
            }),
          },
          {
            path: 'meldingen',
            lazy: async () => ({
              Component: (await import('../features/notifications/notifications-page'))
                .NotificationsPage,
            }),
          },
          {
            path: 'plannen/:planId',
            lazy: async () => ({
              Component: (await import('../features/plan/plan-layout')).PlanLayout,
            }),
            children: [
              {
                index: true,
                lazy: async () => ({
                  Component: (await import('../features/plan/kompas-page')).KompasPage,
                }),
              },
              {
                path: 'akkoord',
                lazy: async () => ({
                  Component: (await import('../features/workflow/workflow-page')).WorkflowPage,
                }),
              },
              {
                path: 'akkoord/versies/:snapshotId',
                lazy: async () => ({
                  Component: (await import('../features/workflow/snapshot-page')).SnapshotPage,
                }),
              },
              {
                path: 'akkoord/vergelijken',
                lazy: async () => ({
                  Component: (await import('../features/workflow/compare-page')).ComparePage,
                }),
              },
              {
                path: 'wijzigingen',
                lazy: async () => ({
                  Component: (await import('../features/feed/feed-page')).FeedPage,
                }),
              },
              {
                path: 'logboek',
                lazy: async () => ({
                  Component: (await import('../features/audit/audit-page')).AuditPage,
                }),
              },
              {
                path: 'deelnemers',
                lazy: async () => ({
                  Component: (await import('../features/members/members-page')).MembersPage,
                }),
              },
              {
                path: 'samenhang',
                lazy: async () => ({
                  Component: (await import('../features/traceability/traceability-page'))
                    .TraceabilityPage,
                }),
              },
              {
                // A path of its own beside ':stage' (one segment), so the two never clash.
                path: 'staat-van-de-jeugd/cijfers-importeren',
                lazy: async () => ({
                  Component: (await import('../features/figure-import/figure-import-page'))
                    .FigureImportPage,
                }),
              },
              {
                path: ':stage',
                lazy: async () => ({
                  Component: (await import('../features/stages/stage-page')).StagePage,
                }),
              },
            ],
          },
        ],
      },
      { path: '*', Component: NotFoundPage },
    ],
  },
]);
