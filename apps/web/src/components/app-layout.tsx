import { AppShell, Burger, Group, Menu, ScrollArea, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconBuildingHospital,
  IconCalendar,
  IconChartBar,
  IconChevronDown,
  IconHome,
  IconLogout,
  IconSettings,
  IconShieldLock,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { Suspense, type ReactNode } from 'react';

import { messageOf } from '../api/errors';
import { trpc } from '../api/trpc';
import { markSignedOut } from '../session/session-expiry';
import { useSession } from '../session/use-session';
import { NavLinkLink, MenuItemLink } from './links';
import { RouteLoading } from './route-loading';

type NavItem = { to: string; label: string; icon: ReactNode; isExact?: boolean };

const ROLE_LABELS = { admin: 'Admin', doctor: 'Doctor', staff: 'Staff' } as const;

function useNavItems(): { main: NavItem[]; admin: NavItem[] } {
  const { member } = useSession();
  const main: NavItem[] = [
    { to: '/', label: 'Today', icon: <IconHome size={18} />, isExact: true },
    { to: '/clients', label: 'Clients', icon: <IconUsers size={18} /> },
    { to: '/calendar', label: 'Calendar', icon: <IconCalendar size={18} /> },
    { to: '/statistics', label: 'Statistics', icon: <IconChartBar size={18} /> },
  ];
  const admin: NavItem[] =
    member.role === 'admin'
      ? [
          {
            to: '/admin/departments',
            label: 'Departments',
            icon: <IconBuildingHospital size={18} />,
          },
          { to: '/admin/members', label: 'Members', icon: <IconUsersGroup size={18} /> },
          { to: '/admin/settings', label: 'Clinic settings', icon: <IconSettings size={18} /> },
        ]
      : [];

  return { main, admin };
}

function NavItems({ items, onNavigate }: { items: NavItem[]; onNavigate: () => void }) {
  const pathname = useRouterState({ select: (state) => state.location.pathname });

  return items.map((item) => {
    const isActive = item.isExact ? pathname === item.to : pathname.startsWith(item.to);

    return (
      <NavLinkLink
        key={item.to}
        to={item.to}
        label={item.label}
        leftSection={item.icon}
        active={isActive}
        aria-current={isActive ? 'page' : undefined}
        onClick={onNavigate}
      />
    );
  });
}

/** Frames every page behind sign-in with the clinic's name, the navigation and the account menu. */
export function AppLayout() {
  const [isNavOpen, { toggle, close }] = useDisclosure(false);
  const { member, clinic } = useSession();
  const { main, admin } = useNavItems();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({
      onSuccess: async () => {
        markSignedOut();
        queryClient.clear();
        await navigate({ to: '/sign-in' });
      },
      onError: (error) => {
        notifications.show({ color: 'red', title: 'Sign-out failed', message: messageOf(error) });
      },
    }),
  );

  return (
    <AppShell
      header={{ height: 56 }}
      // Below 992 px, portrait tablets included, the navigation folds behind a menu button.
      navbar={{ width: 220, breakpoint: 'md', collapsed: { mobile: !isNavOpen } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={isNavOpen}
              onClick={toggle}
              hiddenFrom="md"
              size="sm"
              aria-label={isNavOpen ? 'Close navigation' : 'Open navigation'}
            />
            <Text fw={700} size="lg" truncate>
              {clinic.name}
            </Text>
            <Text size="sm" c="dimmed" visibleFrom="sm">
              {clinic.timeZone}
            </Text>
          </Group>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <UnstyledButton aria-label={`Account menu of ${member.fullName}`}>
                <Group gap={6} wrap="nowrap">
                  <div>
                    <Text size="sm" fw={500} truncate maw={200}>
                      {member.fullName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {ROLE_LABELS[member.role]}
                    </Text>
                  </div>
                  <IconChevronDown size={14} />
                </Group>
              </UnstyledButton>
            </Menu.Target>
            <Menu.Dropdown>
              <MenuItemLink to="/account/sessions" leftSection={<IconShieldLock size={16} />}>
                Sessions
              </MenuItemLink>
              <Menu.Item
                leftSection={<IconLogout size={16} />}
                onClick={() => signOut.mutate()}
                disabled={signOut.isPending}
              >
                Sign out
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" aria-label="Main navigation">
        <AppShell.Section grow component={ScrollArea}>
          <NavItems items={main} onNavigate={close} />
          {admin.length > 0 && (
            <>
              <Text size="xs" fw={600} c="dimmed" tt="uppercase" mt="md" mb={4} px="sm">
                Administration
              </Text>
              <NavItems items={admin} onNavigate={close} />
            </>
          )}
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main>
        <Suspense fallback={<RouteLoading />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
