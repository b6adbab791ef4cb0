import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';

import { errorCodeOf } from '../api/errors';
import { queryClient } from '../api/query-client';
import { trpc } from '../api/trpc';
import { NotFoundPage } from '../components/not-found-page';
import { RouteError } from '../components/route-error';
import { RouteLoading } from '../components/route-loading';
import { setUnauthorizedHandler, wasSignedIn } from '../session/session-expiry';
import {
  acceptInvitationSearch,
  calendarSearch,
  clientsSearch,
  signInSearch,
  statisticsSearch,
} from './search-params';

type RouterContext = { queryClient: QueryClient };

const rootRoute = createRootRouteWithContext<RouterContext>()({
  notFoundComponent: NotFoundPage,
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: (search) => signInSearch.parse(search),
  component: lazyRouteComponent(() => import('../pages/auth/sign-in-page'), 'SignInPage'),
});

const signUpRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-up',
  component: lazyRouteComponent(
    () => import('../pages/auth/sign-up-clinic-page'),
    'SignUpClinicPage',
  ),
});

const joinRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/join',
  validateSearch: (search) => acceptInvitationSearch.parse(search),
  component: lazyRouteComponent(
    () => import('../pages/auth/accept-invitation-page'),
    'AcceptInvitationPage',
  ),
});

/** Every page behind sign-in: it loads the member and the clinic before anything renders. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    try {
      await context.queryClient.query(trpc.auth.me.queryOptions());
    } catch (error) {
      if (errorCodeOf(error) === 'UNAUTHORIZED') {
        // TanStack Router redirects by throwing the object that `redirect` returns.
        // eslint-disable-next-line @typescript-eslint/only-throw-error
        throw redirect({
          to: '/sign-in',
          search: { redirect: location.href, isExpired: wasSignedIn() || undefined },
        });
      }

      throw error;
    }
  },
  component: lazyRouteComponent(() => import('../components/app-layout'), 'AppLayout'),
});

function appPage<TPath extends string>(path: TPath) {
  return { getParentRoute: () => appRoute, path } as const;
}

/**
 * Builds the options of an admin-only page, which sends other roles to their day. The API rejects
 * their writes anyway, but a page of buttons that can only fail helps nobody.
 */
function adminPage<TPath extends string>(path: TPath) {
  return {
    ...appPage(path),
    beforeLoad: async ({ context }: { context: RouterContext }) => {
      const { member } = await context.queryClient.query(trpc.auth.me.queryOptions());

      if (member.role !== 'admin') {
        // eslint-disable-next-line @typescript-eslint/only-throw-error
        throw redirect({ to: '/' });
      }
    },
  } as const;
}

const todayRoute = createRoute({
  ...appPage('/'),
  component: lazyRouteComponent(() => import('../pages/today/today-page'), 'TodayPage'),
});

const clientsRoute = createRoute({
  ...appPage('/clients'),
  validateSearch: (search) => clientsSearch.parse(search),
  component: lazyRouteComponent(() => import('../pages/clients/clients-page'), 'ClientsPage'),
});

const newClientRoute = createRoute({
  ...appPage('/clients/new'),
  component: lazyRouteComponent(() => import('../pages/clients/new-client-page'), 'NewClientPage'),
});

const clientRoute = createRoute({
  ...appPage('/clients/$clientId'),
  component: lazyRouteComponent(() => import('../pages/clients/client-page'), 'ClientPage'),
});

const editClientRoute = createRoute({
  ...appPage('/clients/$clientId/edit'),
  component: lazyRouteComponent(
    () => import('../pages/clients/edit-client-page'),
    'EditClientPage',
  ),
});

const calendarRoute = createRoute({
  ...appPage('/calendar'),
  validateSearch: (search) => calendarSearch.parse(search),
  component: lazyRouteComponent(
    () => import('../pages/appointments/calendar-page'),
    'CalendarPage',
  ),
});

const appointmentRoute = createRoute({
  ...appPage('/appointments/$appointmentId'),
  component: lazyRouteComponent(
    () => import('../pages/appointments/appointment-page'),
    'AppointmentPage',
  ),
});

const statisticsRoute = createRoute({
  ...appPage('/statistics'),
  validateSearch: (search) => statisticsSearch.parse(search),
  component: lazyRouteComponent(
    () => import('../pages/statistics/statistics-page'),
    'StatisticsPage',
  ),
});

const departmentsRoute = createRoute({
  ...adminPage('/admin/departments'),
  component: lazyRouteComponent(() => import('../pages/admin/departments-page'), 'DepartmentsPage'),
});

const membersRoute = createRoute({
  ...adminPage('/admin/members'),
  component: lazyRouteComponent(() => import('../pages/admin/members-page'), 'MembersPage'),
});

const settingsRoute = createRoute({
  ...adminPage('/admin/settings'),
  component: lazyRouteComponent(
    () => import('../pages/admin/clinic-settings-page'),
    'ClinicSettingsPage',
  ),
});

const sessionsRoute = createRoute({
  ...appPage('/account/sessions'),
  component: lazyRouteComponent(() => import('../pages/account/sessions-page'), 'SessionsPage'),
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  signUpRoute,
  joinRoute,
  appRoute.addChildren([
    todayRoute,
    clientsRoute,
    newClientRoute,
    clientRoute,
    editClientRoute,
    calendarRoute,
    appointmentRoute,
    statisticsRoute,
    departmentsRoute,
    membersRoute,
    settingsRoute,
    sessionsRoute,
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  defaultPendingComponent: RouteLoading,
  defaultErrorComponent: RouteError,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

const PUBLIC_PATHS = new Set(['/sign-in', '/sign-up', '/join']);

// When a query finds the session gone, the cache of the old session is dropped and the user goes
// to sign-in, with the page they were on as the place to return to.
setUnauthorizedHandler(() => {
  const location = router.state.location;

  if (PUBLIC_PATHS.has(location.pathname)) {
    return;
  }

  const isExpired = wasSignedIn();
  queryClient.clear();
  void router.navigate({
    to: '/sign-in',
    search: { redirect: location.href, isExpired: isExpired || undefined },
  });
});
